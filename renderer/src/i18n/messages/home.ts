/**
 * Messages of the clerk's home, the first run and the journey's step sentences (issue 9):
 * sr-Cyrl (the source of the keys), sr-Latn written out in full (a faithful transliteration made
 * with shared/text/transliterate.ts, then kept as text), en. Spread into sr-cyrl.ts, sr-latn.ts
 * and en.ts like messages/metadata.ts.
 */
import type { Message, PluralMessage } from '../dictionary';

export const homeSrCyrl = {
  'home.nav': 'Моји скупови података',
  'home.title': 'Моји скупови података',
  'home.intro':
    'Овде су скупови података које припремате и објављујете. За сваки видите докле сте стигли и када је следећи рок.',
  'home.new': 'Нова објава',
  'home.newHint':
    'Отворите табелу из Excel-а, LibreOffice-а или CSV датотеку и прођите кораке до објаве.',
  'home.next': 'Објави следећи период',
  'home.nextHint': 'Најхитније: „{title}“ ({state}).',
  'home.nextNone':
    'Када први пут објавите скуп података, одавде ћете објављивати и следеће периоде.',
  'home.continueOpen': 'Настави са отвореном датотеком',
  'home.continueOpenHint': 'Отворена је датотека {name}.',
  'home.listTitle': 'Списак',
  'home.search': 'Претрага по називу или датотеци',
  'home.sort': 'Редослед',
  'home.sort.urgency': 'Прво оно што је хитно',
  'home.sort.updated': 'Последње мењано прво',
  'home.sort.title': 'По називу (А–Ш)',
  'home.loading': 'Учитава се списак…',
  'home.empty': 'Још нисте започели ниједан скуп података. Почните дугметом „Нова објава“.',
  'home.noMatch': 'Ниједан скуп података не одговара претрази „{query}“.',
  'home.count': {
    one: '{count}\u00a0скуп података',
    few: '{count}\u00a0скупа података',
    other: '{count}\u00a0скупова података',
  },
  'home.state.draft': 'У припреми',
  'home.state.ready': 'Спремно за објаву',
  'home.state.published': 'Објављено',
  'home.state.due': 'Ускоро рок',
  'home.state.overdue': 'Рок је прошао',
  'home.stateLabel': 'Стање: {state}',
  'home.sourceFile': 'Датотека: {name}',
  'home.frequency': 'Учесталост ажурирања: {frequency}',
  'home.lastPublished': 'Последња објава: {date}',
  'home.neverPublished': 'Још није објављено на порталу.',
  'home.nextDue': 'Следећи рок: {date}',
  'home.rehearsed': 'Вежба у вежбаоници: {date}',
  'home.issues': {
    one: 'У опису је остала још {count} ствар да се допуни.',
    few: 'У опису су остале још {count} ствари да се допуне.',
    other: 'У опису је остало још {count} ствари да се допуни.',
  },
  'home.noMetadata': 'Опис скупа података још није започет.',
  'home.portalLink': 'Погледај на порталу',
  'home.portalLinkLabel': 'Погледај на порталу: „{title}“ (отвара се у прегледачу)',
  'home.continue': 'Настави',
  'home.continueLabel': 'Настави рад на „{title}“',
  'home.publishNext': 'Објави следећи период',
  'home.publishNextLabel': 'Објави следећи период за „{title}“',
  'home.target':
    'Отворите датотеку за „{title}“. Опис и подешавања тог скупа података биће примењени на њу.',

  'firstRun.title': 'Добро дошли у Отвори',
  'firstRun.intro':
    'Пре почетка изаберите језик и писмо и где желите да почнете. Ово се пита само једном; језик увек можете да промените у заглављу.',
  'firstRun.languageLegend': 'Језик и писмо',
  'firstRun.startLegend': 'Где почињете',
  'firstRun.start.training': 'Почни у вежбаоници',
  'firstRun.start.trainingHint':
    'Вежбаоница је портал на овом рачунару који се понаша као data.gov.rs. Можете слободно да пробате цео пут до објаве, на примеру регистра са измишљеним подацима.',
  'firstRun.start.portal': 'Повежи се са data.gov.rs',
  'firstRun.start.portalHint':
    'За објаву на правом порталу потребан је API кључ вашег налога на data.gov.rs. Кључ се чува само на овом рачунару, у заштићеном складишту система.',
  'firstRun.trainingOff': 'ИТ служба је искључила вежбаоницу на овом рачунару.',
  'firstRun.policyTitle': 'Подешавања ИТ службе',
  'firstRun.policyNone':
    'ИТ служба није поставила подешавања на овом рачунару, па важе подразумевана.',
  'firstRun.policyFixed': 'одредила ИТ служба',
  'firstRun.policyDefault': 'подразумевано',
  'firstRun.organizationNone': 'бирате при објави',
  'firstRun.proxy.system': 'као у систему',
  'firstRun.proxy.direct': 'без проксија',
  'firstRun.updates.off': 'искључена',
  'firstRun.updates.on': 'укључена ({channel})',
  'firstRun.continue': 'Почни',
  'firstRun.saving': 'Чува се…',

  'journey.purpose.open': 'Изаберите табелу коју објављујете; оригинал се никада не мења.',
  'journey.purpose.view': 'Проверите да ли је табела прочитана како треба.',
  'journey.purpose.clean':
    'Средите вредности (размаке, писмо, датуме) правилима која се памте за следећи пут.',
  'journey.purpose.protect': 'Уклоните или прикријте личне податке грађана пре објаве.',
  'journey.purpose.describe': 'Опишите податке тако да их други пронађу и разумеју.',
  'journey.purpose.review': 'Прегледајте на једном месту све што ће бити објављено.',
  'journey.purpose.publish': 'Пошаљите датотеку и опис на портал.',
  'journey.todo.open': 'Преостало: изаберите датотеку или отворите пример регистра.',
  'journey.todo.view':
    'Преостало: погледајте колоне и редове, па пређите на заштиту личних података.',
  'journey.todo.protectUnknown':
    'Преостало: прегледајте колоне у којима су пронађени лични подаци.',
  'journey.todo.protectNone': 'Отвори није пронашао личне податке у табели.',
  'journey.todo.protect': {
    one: 'Преостало: лични подаци су још у {count} колони.',
    few: 'Преостало: лични подаци су још у {count} колоне.',
    other: 'Преостало: лични подаци су још у {count} колона.',
  },
  'journey.todo.describeUnknown': 'Преостало: попуните опис скупа података.',
  'journey.todo.describeNone': 'Опис је потпун и испуњава правила портала.',
  'journey.todo.describe': {
    one: 'Преостало: у опису још {count} ствар треба допунити.',
    few: 'Преостало: у опису још {count} ствари треба допунити.',
    other: 'Преостало: у опису још {count} ствари треба допунити.',
  },
  'journey.current': 'Сада: {step}',
  'journey.help': 'Помоћ за овај корак',
} as const satisfies Record<string, Message>;

type HomeMessages = {
  readonly [K in keyof typeof homeSrCyrl]: (typeof homeSrCyrl)[K] extends string
    ? string
    : PluralMessage;
};

export const homeSrLatn: HomeMessages = {
  'home.nav': 'Moji skupovi podataka',
  'home.title': 'Moji skupovi podataka',
  'home.intro':
    'Ovde su skupovi podataka koje pripremate i objavljujete. Za svaki vidite dokle ste stigli i kada je sledeći rok.',
  'home.new': 'Nova objava',
  'home.newHint':
    'Otvorite tabelu iz Excel-a, LibreOffice-a ili CSV datoteku i prođite korake do objave.',
  'home.next': 'Objavi sledeći period',
  'home.nextHint': 'Najhitnije: „{title}“ ({state}).',
  'home.nextNone':
    'Kada prvi put objavite skup podataka, odavde ćete objavljivati i sledeće periode.',
  'home.continueOpen': 'Nastavi sa otvorenom datotekom',
  'home.continueOpenHint': 'Otvorena je datoteka {name}.',
  'home.listTitle': 'Spisak',
  'home.search': 'Pretraga po nazivu ili datoteci',
  'home.sort': 'Redosled',
  'home.sort.urgency': 'Prvo ono što je hitno',
  'home.sort.updated': 'Poslednje menjano prvo',
  'home.sort.title': 'Po nazivu (A–Š)',
  'home.loading': 'Učitava se spisak…',
  'home.empty': 'Još niste započeli nijedan skup podataka. Počnite dugmetom „Nova objava“.',
  'home.noMatch': 'Nijedan skup podataka ne odgovara pretrazi „{query}“.',
  'home.count': {
    one: '{count}\u00a0skup podataka',
    few: '{count}\u00a0skupa podataka',
    other: '{count}\u00a0skupova podataka',
  },
  'home.state.draft': 'U pripremi',
  'home.state.ready': 'Spremno za objavu',
  'home.state.published': 'Objavljeno',
  'home.state.due': 'Uskoro rok',
  'home.state.overdue': 'Rok je prošao',
  'home.stateLabel': 'Stanje: {state}',
  'home.sourceFile': 'Datoteka: {name}',
  'home.frequency': 'Učestalost ažuriranja: {frequency}',
  'home.lastPublished': 'Poslednja objava: {date}',
  'home.neverPublished': 'Još nije objavljeno na portalu.',
  'home.nextDue': 'Sledeći rok: {date}',
  'home.rehearsed': 'Vežba u vežbaonici: {date}',
  'home.issues': {
    one: 'U opisu je ostala još {count} stvar da se dopuni.',
    few: 'U opisu su ostale još {count} stvari da se dopune.',
    other: 'U opisu je ostalo još {count} stvari da se dopuni.',
  },
  'home.noMetadata': 'Opis skupa podataka još nije započet.',
  'home.portalLink': 'Pogledaj na portalu',
  'home.portalLinkLabel': 'Pogledaj na portalu: „{title}“ (otvara se u pregledaču)',
  'home.continue': 'Nastavi',
  'home.continueLabel': 'Nastavi rad na „{title}“',
  'home.publishNext': 'Objavi sledeći period',
  'home.publishNextLabel': 'Objavi sledeći period za „{title}“',
  'home.target':
    'Otvorite datoteku za „{title}“. Opis i podešavanja tog skupa podataka biće primenjeni na nju.',

  'firstRun.title': 'Dobro došli u Otvori',
  'firstRun.intro':
    'Pre početka izaberite jezik i pismo i gde želite da počnete. Ovo se pita samo jednom; jezik uvek možete da promenite u zaglavlju.',
  'firstRun.languageLegend': 'Jezik i pismo',
  'firstRun.startLegend': 'Gde počinjete',
  'firstRun.start.training': 'Počni u vežbaonici',
  'firstRun.start.trainingHint':
    'Vežbaonica je portal na ovom računaru koji se ponaša kao data.gov.rs. Možete slobodno da probate ceo put do objave, na primeru registra sa izmišljenim podacima.',
  'firstRun.start.portal': 'Poveži se sa data.gov.rs',
  'firstRun.start.portalHint':
    'Za objavu na pravom portalu potreban je API ključ vašeg naloga na data.gov.rs. Ključ se čuva samo na ovom računaru, u zaštićenom skladištu sistema.',
  'firstRun.trainingOff': 'IT služba je isključila vežbaonicu na ovom računaru.',
  'firstRun.policyTitle': 'Podešavanja IT službe',
  'firstRun.policyNone':
    'IT služba nije postavila podešavanja na ovom računaru, pa važe podrazumevana.',
  'firstRun.policyFixed': 'odredila IT služba',
  'firstRun.policyDefault': 'podrazumevano',
  'firstRun.organizationNone': 'birate pri objavi',
  'firstRun.proxy.system': 'kao u sistemu',
  'firstRun.proxy.direct': 'bez proksija',
  'firstRun.updates.off': 'isključena',
  'firstRun.updates.on': 'uključena ({channel})',
  'firstRun.continue': 'Počni',
  'firstRun.saving': 'Čuva se…',

  'journey.purpose.open': 'Izaberite tabelu koju objavljujete; original se nikada ne menja.',
  'journey.purpose.view': 'Proverite da li je tabela pročitana kako treba.',
  'journey.purpose.clean':
    'Sredite vrednosti (razmake, pismo, datume) pravilima koja se pamte za sledeći put.',
  'journey.purpose.protect': 'Uklonite ili prikrijte lične podatke građana pre objave.',
  'journey.purpose.describe': 'Opišite podatke tako da ih drugi pronađu i razumeju.',
  'journey.purpose.review': 'Pregledajte na jednom mestu sve što će biti objavljeno.',
  'journey.purpose.publish': 'Pošaljite datoteku i opis na portal.',
  'journey.todo.open': 'Preostalo: izaberite datoteku ili otvorite primer registra.',
  'journey.todo.view':
    'Preostalo: pogledajte kolone i redove, pa pređite na zaštitu ličnih podataka.',
  'journey.todo.protectUnknown':
    'Preostalo: pregledajte kolone u kojima su pronađeni lični podaci.',
  'journey.todo.protectNone': 'Otvori nije pronašao lične podatke u tabeli.',
  'journey.todo.protect': {
    one: 'Preostalo: lični podaci su još u {count} koloni.',
    few: 'Preostalo: lični podaci su još u {count} kolone.',
    other: 'Preostalo: lični podaci su još u {count} kolona.',
  },
  'journey.todo.describeUnknown': 'Preostalo: popunite opis skupa podataka.',
  'journey.todo.describeNone': 'Opis je potpun i ispunjava pravila portala.',
  'journey.todo.describe': {
    one: 'Preostalo: u opisu još {count} stvar treba dopuniti.',
    few: 'Preostalo: u opisu još {count} stvari treba dopuniti.',
    other: 'Preostalo: u opisu još {count} stvari treba dopuniti.',
  },
  'journey.current': 'Sada: {step}',
  'journey.help': 'Pomoć za ovaj korak',
};

export const homeEn: HomeMessages = {
  'home.nav': 'My datasets',
  'home.title': 'My datasets',
  'home.intro':
    'These are the datasets you prepare and publish. For each one you see how far you got and when the next update is due.',
  'home.new': 'New publication',
  'home.newHint':
    'Open a table from Excel, LibreOffice or a CSV file and go through the steps to publication.',
  'home.next': 'Publish the next period',
  'home.nextHint': 'Most urgent: “{title}” ({state}).',
  'home.nextNone': 'Once you have published a dataset, you publish its next periods from here.',
  'home.continueOpen': 'Continue with the open file',
  'home.continueOpenHint': 'The file {name} is open.',
  'home.listTitle': 'List',
  'home.search': 'Search by name or file',
  'home.sort': 'Order',
  'home.sort.urgency': 'Most urgent first',
  'home.sort.updated': 'Last changed first',
  'home.sort.title': 'By name (A–Z)',
  'home.loading': 'Loading the list…',
  'home.empty': 'You have not started a dataset yet. Start with “New publication”.',
  'home.noMatch': 'No dataset matches “{query}”.',
  'home.count': { one: '{count} dataset', few: '{count} datasets', other: '{count} datasets' },
  'home.state.draft': 'In preparation',
  'home.state.ready': 'Ready to publish',
  'home.state.published': 'Published',
  'home.state.due': 'Due soon',
  'home.state.overdue': 'Overdue',
  'home.stateLabel': 'State: {state}',
  'home.sourceFile': 'File: {name}',
  'home.frequency': 'Update frequency: {frequency}',
  'home.lastPublished': 'Last published: {date}',
  'home.neverPublished': 'Not published on the portal yet.',
  'home.nextDue': 'Next update due: {date}',
  'home.rehearsed': 'Rehearsed in the training portal: {date}',
  'home.issues': {
    one: '{count} thing is left to fill in the description.',
    few: '{count} things are left to fill in the description.',
    other: '{count} things are left to fill in the description.',
  },
  'home.noMetadata': 'The description has not been started yet.',
  'home.portalLink': 'View on the portal',
  'home.portalLinkLabel': 'View on the portal: “{title}” (opens in the browser)',
  'home.continue': 'Continue',
  'home.continueLabel': 'Continue working on “{title}”',
  'home.publishNext': 'Publish the next period',
  'home.publishNextLabel': 'Publish the next period of “{title}”',
  'home.target':
    'Open the file for “{title}”. The description and settings of that dataset will be applied to it.',

  'firstRun.title': 'Welcome to Otvori',
  'firstRun.intro':
    'Before you start, choose your language and script and where you want to begin. You are asked only once; you can change the language in the header at any time.',
  'firstRun.languageLegend': 'Language and script',
  'firstRun.startLegend': 'Where you begin',
  'firstRun.start.training': 'Start in the training portal',
  'firstRun.start.trainingHint':
    'The training portal runs on this computer and behaves like data.gov.rs. You can safely try the whole way to a publication, on a sample register with invented data.',
  'firstRun.start.portal': 'Connect to data.gov.rs',
  'firstRun.start.portalHint':
    'Publishing on the real portal needs the API key of your data.gov.rs account. The key is kept only on this computer, in the system’s protected store.',
  'firstRun.trainingOff': 'Your IT service has turned the training portal off on this computer.',
  'firstRun.policyTitle': 'IT service settings',
  'firstRun.policyNone':
    'Your IT service has not set anything on this computer, so the defaults apply.',
  'firstRun.policyFixed': 'set by IT',
  'firstRun.policyDefault': 'default',
  'firstRun.organizationNone': 'chosen when publishing',
  'firstRun.proxy.system': 'as in the system',
  'firstRun.proxy.direct': 'no proxy',
  'firstRun.updates.off': 'off',
  'firstRun.updates.on': 'on ({channel})',
  'firstRun.continue': 'Start',
  'firstRun.saving': 'Saving…',

  'journey.purpose.open': 'Choose the table you publish; the original is never changed.',
  'journey.purpose.view': 'Check that the table was read correctly.',
  'journey.purpose.clean':
    'Tidy values (spaces, script, dates) with rules remembered for next time.',
  'journey.purpose.protect': 'Remove or hide citizens’ personal data before publishing.',
  'journey.purpose.describe': 'Describe the data so others can find and understand it.',
  'journey.purpose.review': 'Review in one place everything that will be published.',
  'journey.purpose.publish': 'Send the file and its description to the portal.',
  'journey.todo.open': 'Left to do: choose a file or open the sample register.',
  'journey.todo.view':
    'Left to do: look over the columns and rows, then go on to protect personal data.',
  'journey.todo.protectUnknown': 'Left to do: review the columns where personal data was found.',
  'journey.todo.protectNone': 'Otvori found no personal data in the table.',
  'journey.todo.protect': {
    one: 'Left to do: personal data is still in {count} column.',
    few: 'Left to do: personal data is still in {count} columns.',
    other: 'Left to do: personal data is still in {count} columns.',
  },
  'journey.todo.describeUnknown': 'Left to do: fill in the description of the dataset.',
  'journey.todo.describeNone': 'The description is complete and meets the portal’s rules.',
  'journey.todo.describe': {
    one: 'Left to do: {count} thing in the description needs filling in.',
    few: 'Left to do: {count} things in the description need filling in.',
    other: 'Left to do: {count} things in the description need filling in.',
  },
  'journey.current': 'Now: {step}',
  'journey.help': 'Help for this step',
};
