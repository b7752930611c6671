/**
 * Help texts (issue 9 §5): each step (what it is for, how, a tip), each error code of
 * shared/contract/errors.ts (why it happened and what to do; what happened is `error.<code>`),
 * the glossary and the guided rehearsal on the sample register. sr-Cyrl is the source of the
 * keys; sr-Latn is written out in full (transliterated with shared/text/transliterate.ts, then
 * kept as text); en. A new error code without help fails to compile (dictionary.ts).
 */
import type { Message, PluralMessage } from '../dictionary';

export const helpSrCyrl = {
  'help.button': 'Помоћ',
  'help.title': 'Помоћ',
  'help.close': 'Затвори помоћ',
  'help.sectionsLabel': 'Делови помоћи',
  'help.section.steps': 'Кораци',
  'help.section.errors': 'Поруке о грешкама',
  'help.section.glossary': 'Појмови',
  'help.section.rehearsal': 'Вежба',
  'help.forError': 'Шта да радим?',
  'help.what': 'Шта се десило',
  'help.why': 'Зашто',
  'help.do': 'Шта да урадите',
  'help.purpose': 'Чему служи',
  'help.how': 'Како',
  'help.tip': 'Савет',
  'help.notYet': 'Овај корак стиже у наредној верзији програма.',
  'help.keyboard':
    'Цео програм ради и само са тастатуром: Tab и Shift+Tab прелазе између дугмади и поља, Enter или размак их покрећу, Escape затвара прозор помоћи.',

  'help.step.open.how':
    'Кликните „Отвори датотеку“ или превуците датотеку у поље. Отвори чита .xlsx, .xls, .ods и .csv и сам препознаје кодни распоред, заглавље и редове са збировима.',
  'help.step.open.tip':
    'Први пут? Отворите пример регистра: подаци у њему су измишљени, па можете слободно да вежбате.',
  'help.step.view.how':
    'Прегледајте табелу стрелицама. Ако заглавље или први ред нису препознати како треба, исправите то у делу „Како је датотека прочитана“; избор се памти за следећи месец.',
  'help.step.view.tip':
    'ЈМБГ, бројеви рачуна и поштански бројеви остају текст, да се не изгубе водеће нуле.',
  'help.step.clean.how':
    'Сваку измену бирате из списка радњи (уклони размаке, пребаци у латиницу, уједначи датуме…). Радње се памте као рецепт и следећи пут се саме примене.',
  'help.step.clean.tip': 'Свака измена може да се поништи; оригинална датотека остаје нетакнута.',
  'help.step.protect.how':
    'Отвори прегледа сваку колону и показује где је нашао личне податке и зашто. За сваку такву колону изаберите: уклони, прикриј, псеудонимизуј или уопшти.',
  'help.step.protect.tip':
    'Објава није могућа док у табели има личних података које нисте уклонили или образложили.',
  'help.step.describe.how':
    'Попуните назив, опис, кључне речи, лиценцу и учесталост. Поља која портал захтева означена су, а грешке се показују поред поља. Све се чува док куцате.',
  'help.step.describe.tip':
    'Подразумеване вредности канцеларије (организација, лиценца, контакт) поставите једном и свака нова објава почиње од њих.',
  'help.step.review.how':
    'На једном месту видите извештај о личним подацима, проверу описа, разлике у односу на прошлу објаву и датотеку тачно онако како ће бити објављена.',
  'help.step.review.tip':
    'Ако нешто није у реду, вратите се на корак кликом на њега у низу корака.',
  'help.step.publish.how':
    'Отвори шаље датотеку и опис на портал и бележи сваки корак, па прекид везе не прави дупликате. Објава тражи само једну потврду.',
  'help.step.publish.tip':
    'Прво пробајте у вежбаоници: она се понаша као data.gov.rs, а ништа не излази са рачунара.',

  'help.error.INVALID_REQUEST.why':
    'Екран је послао програму податке које он не очекује; то је грешка у програму, не ваша.',
  'help.error.INVALID_REQUEST.do':
    'Покушајте поново. Ако се понови, запишите ознаку грешке и јавите се ИТ служби.',
  'help.error.UNKNOWN_CHANNEL.why':
    'Екран и позадински део програма нису из исте верзије, најчешће после ажурирања.',
  'help.error.UNKNOWN_CHANNEL.do':
    'Затворите Отвори и покрените га поново. Ако се понови, јавите се ИТ служби.',
  'help.error.FORBIDDEN.why':
    'Отвори прихвата захтеве само са свог прозора, да друга страница не би могла да му приступи.',
  'help.error.FORBIDDEN.do':
    'Затворите ову страницу и отворите Отвори поново, преко пречице или адресе коју је програм исписао.',
  'help.error.NOT_FOUND.why':
    'Датотека је премештена или обрисана, или је табела у међувремену затворена.',
  'help.error.NOT_FOUND.do': 'Отворите датотеку поново са места где је сада.',
  'help.error.FILE_TOO_LARGE.why':
    'Отвори има горњу границу величине, да рачунар не би остао без меморије.',
  'help.error.FILE_TOO_LARGE.do':
    'Поделите табелу на мање делове (на пример по годинама) или обришите листове и колоне који вам не требају.',
  'help.error.FILE_UNREADABLE.why':
    'Датотека је закључана у другом програму или немате право да је читате.',
  'help.error.FILE_UNREADABLE.do':
    'Затворите је у Excel-у или LibreOffice-у, проверите да ли можете да је отворите, па покушајте поново.',
  'help.error.FILE_UNSUPPORTED.why':
    'Садржај датотеке није табела у формату који Отвори чита, без обзира на наставак у имену.',
  'help.error.FILE_UNSUPPORTED.do':
    'Отворите је у Excel-у или LibreOffice-у и сачувајте као .xlsx, .ods или .csv.',
  'help.error.FILE_ENCRYPTED.why':
    'Датотека је заштићена лозинком, а Отвори не тражи и не чува лозинке.',
  'help.error.FILE_ENCRYPTED.do': 'Уклоните лозинку у Excel-у, сачувајте копију и отворите копију.',
  'help.error.FILE_CORRUPT.why': 'Датотека није сачувана до краја или је оштећена при копирању.',
  'help.error.FILE_CORRUPT.do':
    'Отворите је у Excel-у или LibreOffice-у (они често поправе оштећење), сачувајте копију и отворите копију.',
  'help.error.FILE_SUSPICIOUS.why':
    'Кад се распакује, датотека би била много већа него што је; тако изгледају датотеке направљене да оборе програм.',
  'help.error.FILE_SUSPICIOUS.do':
    'Ако знате одакле је, сачувајте је у Excel-у као нову датотеку. Ако не знате, не отварајте је и јавите се ИТ служби.',
  'help.error.FILE_EMPTY.why':
    'У датотеци нема ниједног реда са подацима, или су подаци на скривеном листу.',
  'help.error.FILE_EMPTY.do':
    'Проверите да ли сте изабрали праву датотеку и прикажите скривене листове.',
  'help.error.READ_TIMEOUT.why':
    'Читање има временско ограничење, да програм не би остао блокиран.',
  'help.error.READ_TIMEOUT.do':
    'Сачувајте табелу као .csv (чита се брже) или је поделите на мање делове.',
  'help.error.READ_OUT_OF_MEMORY.why':
    'Читање има ограничење меморије, да рачунар остане употребљив.',
  'help.error.READ_OUT_OF_MEMORY.do':
    'Обришите непотребне листове и колоне или поделите табелу на мање делове.',
  'help.error.CANCELLED.why': 'Радњу сте прекинули дугметом „Откажи“; ништа није промењено.',
  'help.error.CANCELLED.do': 'Почните поново кад будете спремни.',
  'help.error.NOT_SUPPORTED.why':
    'У прегледачу програм не може да отвори системски прозор за избор датотеке.',
  'help.error.NOT_SUPPORTED.do':
    'Датотеку изаберите дугметом „Отвори датотеку“ или је превуците у поље.',
  'help.error.STORAGE_FAILED.why':
    'Отвори не може да упише своју базу на диск: диск је пун или фасцикла није доступна.',
  'help.error.STORAGE_FAILED.do':
    'Ослободите место на диску и покрените Отвори поново. Ако се понови, јавите се ИТ служби.',
  'help.error.INTERNAL.why': 'Десило се нешто што програм није очекивао; то је грешка у програму.',
  'help.error.INTERNAL.do':
    'Покушајте поново. Ако се понови, покрените Отвори поново и јавите ИТ служби ознаку грешке.',
  'help.error.RECIPE_INVALID.why':
    'Подешавање неког корака сређивања није потпуно или није исправно, на пример недостаје колона или образац није дозвољен.',
  'help.error.RECIPE_INVALID.do':
    'Отворите корак „Сређивање“, исправите или уклоните означени корак, па покушајте поново.',
  'help.error.PORTAL_KEY_INVALID.why':
    'Портал не прихвата API кључ: погрешно је унет, направљен је нови или је налог искључен.',
  'help.error.PORTAL_KEY_INVALID.do':
    'На data.gov.rs, у подешавањима налога, копирајте свој API кључ и повежите се поново преко дугмета „Портал“.',
  'help.error.PORTAL_NO_PERMISSION.why':
    'Ваш налог на порталу није члан организације за коју објављујете или нема право објаве.',
  'help.error.PORTAL_NO_PERMISSION.do':
    'Замолите администратора организације на data.gov.rs да вас дода као уредника, па покушајте поново.',
  'help.error.PORTAL_FIELD_REJECTED.why':
    'Портал није прихватио нека поља описа, на пример непознату лиценцу или предугачак назив.',
  'help.error.PORTAL_FIELD_REJECTED.do':
    'Вратите се на корак „Опис скупа података“, исправите означена поља и објавите поново.',
  'help.error.PORTAL_FILE_TYPE_NOT_ALLOWED.why': 'Портал прима само одређене врсте датотека.',
  'help.error.PORTAL_FILE_TYPE_NOT_ALLOWED.do':
    'Објавите табелу као CSV; ако се понови, јавите се ИТ служби.',
  'help.error.PORTAL_TOO_LARGE.why': 'Датотека је већа од онога што портал прима у једном слању.',
  'help.error.PORTAL_TOO_LARGE.do':
    'Објављујте по периодима (месец, година) или уклоните колоне које нису потребне.',
  'help.error.PORTAL_DOWN.why':
    'Портал се не јавља: нема интернет везе, прокси не пушта или портал не ради.',
  'help.error.PORTAL_DOWN.do':
    'Проверите везу и покушајте касније; ништа није послато двапут, објава ће наставити где је стала.',
  'help.error.PORTAL_TIMEOUT.why':
    'Портал није одговорио на време, најчешће због споре везе или велике датотеке.',
  'help.error.PORTAL_TIMEOUT.do':
    'Покушајте поново; Отвори прво проверава шта је већ стигло, па неће направити дупликат.',
  'help.error.PORTAL_NOT_FOUND.why':
    'Скуп података или датотека коју је Отвори памтио више не постоји на порталу.',
  'help.error.PORTAL_NOT_FOUND.do': 'Објавите поново: Отвори ће направити нови запис на порталу.',
  'help.error.PORTAL_GONE.why': 'Скуп података је обрисан на порталу.',
  'help.error.PORTAL_GONE.do':
    'Ако је обрисан грешком, објавите поново као нови скуп података; ако је намерно, не објављујте га више.',
  'help.error.PORTAL_READ_ONLY.why':
    'Портал је привремено затворен за измене, обично због одржавања.',
  'help.error.PORTAL_READ_ONLY.do': 'Покушајте касније; ваш рад је сачуван.',
  'help.error.PORTAL_SERVER_ERROR.why':
    'На порталу је дошло до грешке; то није до вас ни до датотеке.',
  'help.error.PORTAL_SERVER_ERROR.do':
    'Покушајте касније. Ако се понавља, јавите се администраторима data.gov.rs.',
  'help.error.PORTAL_CHECKSUM_MISMATCH.why':
    'Датотека на порталу није иста као послата; вероватно је оштећена у преносу.',
  'help.error.PORTAL_CHECKSUM_MISMATCH.do':
    'Објавите поново; ако се понови, јавите се ИТ служби (могуће је да прокси мења датотеке).',
  'help.error.PORTAL_UNEXPECTED.why':
    'Портал је одговорио на начин који Отвори не препознаје, можда после промене на порталу.',
  'help.error.PORTAL_UNEXPECTED.do': 'Покушајте касније и јавите ИТ служби ознаку грешке.',
  'help.error.PORTAL_NOT_CONNECTED.why':
    'Отвори још није повезан ни са data.gov.rs ни са вежбаоницом.',
  'help.error.PORTAL_NOT_CONNECTED.do':
    'Кликните „Портал“ у заглављу и унесите API кључ, или укључите вежбаоницу.',
  'help.error.PORTAL_NOT_ALLOWED.why':
    'Подешавања ИТ службе не дозвољавају тај портал, организацију или вежбаоницу на овом рачунару.',
  'help.error.PORTAL_NOT_ALLOWED.do':
    'Изаберите дозвољени портал (видите „О програму“) или се јавите ИТ служби.',
  'help.error.SECRET_STORAGE_UNAVAILABLE.why':
    'Систем не нуди заштићено складиште, а Отвори кључ никада не чува као обичан текст.',
  'help.error.SECRET_STORAGE_UNAVAILABLE.do':
    'Јавите се ИТ служби да омогући заштићено складиште за ваш налог на рачунару.',
  'help.error.PUBLISH_BUSY.why':
    'Ова објава се већ шаље, а иста објава не сме да иде двапут у исто време.',
  'help.error.PUBLISH_BUSY.do': 'Сачекајте да се слање заврши, па погледајте регистар објава.',

  'help.term.openData.name': 'Отворени подаци',
  'help.term.openData.text':
    'Подаци које органи власти објављују тако да свако може бесплатно да их преузме, користи и поново објави, у формату који рачунар може да чита.',
  'help.term.dataset.name': 'Скуп података',
  'help.term.dataset.text':
    'Једна целина на порталу: опис и једна или више датотека (ресурса), на пример „Исплате социјалне помоћи по месецима“.',
  'help.term.resource.name': 'Ресурс',
  'help.term.resource.text': 'Датотека у скупу података, на пример CSV за један месец.',
  'help.term.metadata.name': 'Метаподаци',
  'help.term.metadata.text':
    'Подаци о подацима: назив, опис, ко објављује, лиценца, период који подаци покривају и колико се често ажурирају.',
  'help.term.personalData.name': 'Лични подаци',
  'help.term.personalData.text':
    'Сваки податак на основу ког се може утврдити ко је особа: име и презиме, ЈМБГ, адреса, телефон, е-пошта, регистарска таблица…',
  'help.term.anonymization.name': 'Анонимизација',
  'help.term.anonymization.text':
    'Обрада после које се особа више не може препознати ни уз друге податке, на пример брисање колоне или груписање по насељима.',
  'help.term.pseudonymization.name': 'Псеудонимизација',
  'help.term.pseudonymization.text':
    'Замена идентитета шифром (на пример ЈМБГ → „P-7F3A…“) која је иста за исту особу сваког месеца, али се без кључа не може вратити. Кључ остаје на овом рачунару.',
  'help.term.quasiIdentifier.name': 'Квази-идентификатор',
  'help.term.quasiIdentifier.text':
    'Податак који сам не открива особу, али у комбинацији са другима може: година рођења, пол, насеље, занимање.',
  'help.term.kAnonymity.name': 'к-анонимност',
  'help.term.kAnonymity.text':
    'Мера заштите: свака комбинација квази-идентификатора појављује се бар к пута. За к = 5, сваки ред личи на још бар четири.',
  'help.term.jmbg.name': 'ЈМБГ',
  'help.term.jmbg.text':
    'Јединствени матични број грађана, 13 цифара са контролном цифром. Никада се не објављује.',
  'help.term.recipe.name': 'Рецепт',
  'help.term.recipe.text':
    'Списак корака сређивања и заштите који Отвори памти уз скуп података и сам примењује на табелу следећег периода.',
  'help.term.trainingPortal.name': 'Вежбаоница',
  'help.term.trainingPortal.text':
    'Портал на овом рачунару који се понаша као data.gov.rs. Ту се вежба, а ништа не излази у јавност.',
  'help.term.apiKey.name': 'API кључ',
  'help.term.apiKey.text':
    'Тајни низ знакова из вашег налога на data.gov.rs којим програм објављује у ваше име. Чува се само у заштићеном складишту система.',
  'help.term.license.name': 'Лиценца',
  'help.term.license.text':
    'Услови под којима други смеју да користе податке. Уобичајена је „Лиценца за отворене податке Републике Србије“.',
  'help.term.frequency.name': 'Учесталост ажурирања',
  'help.term.frequency.text':
    'Колико често објављујете нове податке (месечно, квартално…). На основу ње Отвори рачуна следећи рок.',
  'help.term.csv.name': 'CSV (UTF-8)',
  'help.term.csv.text':
    'Једноставан текстуални формат табеле који сваки програм чита. UTF-8 чува ћирилицу и слова č, ć, ž, š, đ.',

  'help.rehearsal.intro':
    'Вежба на примеру регистра у вежбаоници траје око петнаест минута. Подаци су измишљени, а вежбаоница је на овом рачунару, па ништа не може да процури.',
  'help.rehearsal.step1':
    'На почетном екрану изаберите „Нова објава“, па „Отвори пример регистра“.',
  'help.rehearsal.step2':
    'У кораку „Преглед и извоз“ погледајте табелу стрелицама: колона ЈМБГ је текст, водеће нуле су сачуване.',
  'help.rehearsal.step3':
    'Пређите на „Заштита личних података“: Отвори ће пронаћи ЈМБГ, име и презиме, адресу и телефон и објаснити зашто.',
  'help.rehearsal.step4':
    'За ЈМБГ изаберите псеудонимизацију, име и адресу уклоните, а датум решења уопштите на месец.',
  'help.rehearsal.step5':
    'У кораку „Опис скупа података“ попуните назив, опис од бар неколико реченица, кључне речи и учесталост „месечно“.',
  'help.rehearsal.step6':
    'У кораку „Провера“ погледајте извештај и датотеку онако како ће бити објављена.',
  'help.rehearsal.step7': 'Објавите у вежбаоницу и отворите везу ка скупу података.',
  'help.rehearsal.step8':
    'Вратите се на „Моји скупови података“: ваш скуп има датум вежбе. Следећи месец почињете дугметом „Објави следећи период“.',
  'help.rehearsal.start': 'Почни вежбу: отвори пример регистра',
} as const satisfies Record<string, Message>;

type HelpMessages = {
  readonly [K in keyof typeof helpSrCyrl]: (typeof helpSrCyrl)[K] extends string
    ? string
    : PluralMessage;
};

export const helpSrLatn: HelpMessages = {
  'help.button': 'Pomoć',
  'help.title': 'Pomoć',
  'help.close': 'Zatvori pomoć',
  'help.sectionsLabel': 'Delovi pomoći',
  'help.section.steps': 'Koraci',
  'help.section.errors': 'Poruke o greškama',
  'help.section.glossary': 'Pojmovi',
  'help.section.rehearsal': 'Vežba',
  'help.forError': 'Šta da radim?',
  'help.what': 'Šta se desilo',
  'help.why': 'Zašto',
  'help.do': 'Šta da uradite',
  'help.purpose': 'Čemu služi',
  'help.how': 'Kako',
  'help.tip': 'Savet',
  'help.notYet': 'Ovaj korak stiže u narednoj verziji programa.',
  'help.keyboard':
    'Ceo program radi i samo sa tastaturom: Tab i Shift+Tab prelaze između dugmadi i polja, Enter ili razmak ih pokreću, Escape zatvara prozor pomoći.',

  'help.step.open.how':
    'Kliknite „Otvori datoteku“ ili prevucite datoteku u polje. Otvori čita .xlsx, .xls, .ods i .csv i sam prepoznaje kodni raspored, zaglavlje i redove sa zbirovima.',
  'help.step.open.tip':
    'Prvi put? Otvorite primer registra: podaci u njemu su izmišljeni, pa možete slobodno da vežbate.',
  'help.step.view.how':
    'Pregledajte tabelu strelicama. Ako zaglavlje ili prvi red nisu prepoznati kako treba, ispravite to u delu „Kako je datoteka pročitana“; izbor se pamti za sledeći mesec.',
  'help.step.view.tip':
    'JMBG, brojevi računa i poštanski brojevi ostaju tekst, da se ne izgube vodeće nule.',
  'help.step.clean.how':
    'Svaku izmenu birate iz spiska radnji (ukloni razmake, prebaci u latinicu, ujednači datume…). Radnje se pamte kao recept i sledeći put se same primene.',
  'help.step.clean.tip': 'Svaka izmena može da se poništi; originalna datoteka ostaje netaknuta.',
  'help.step.protect.how':
    'Otvori pregleda svaku kolonu i pokazuje gde je našao lične podatke i zašto. Za svaku takvu kolonu izaberite: ukloni, prikrij, pseudonimizuj ili uopšti.',
  'help.step.protect.tip':
    'Objava nije moguća dok u tabeli ima ličnih podataka koje niste uklonili ili obrazložili.',
  'help.step.describe.how':
    'Popunite naziv, opis, ključne reči, licencu i učestalost. Polja koja portal zahteva označena su, a greške se pokazuju pored polja. Sve se čuva dok kucate.',
  'help.step.describe.tip':
    'Podrazumevane vrednosti kancelarije (organizacija, licenca, kontakt) postavite jednom i svaka nova objava počinje od njih.',
  'help.step.review.how':
    'Na jednom mestu vidite izveštaj o ličnim podacima, proveru opisa, razlike u odnosu na prošlu objavu i datoteku tačno onako kako će biti objavljena.',
  'help.step.review.tip':
    'Ako nešto nije u redu, vratite se na korak klikom na njega u nizu koraka.',
  'help.step.publish.how':
    'Otvori šalje datoteku i opis na portal i beleži svaki korak, pa prekid veze ne pravi duplikate. Objava traži samo jednu potvrdu.',
  'help.step.publish.tip':
    'Prvo probajte u vežbaonici: ona se ponaša kao data.gov.rs, a ništa ne izlazi sa računara.',

  'help.error.INVALID_REQUEST.why':
    'Ekran je poslao programu podatke koje on ne očekuje; to je greška u programu, ne vaša.',
  'help.error.INVALID_REQUEST.do':
    'Pokušajte ponovo. Ako se ponovi, zapišite oznaku greške i javite se IT službi.',
  'help.error.UNKNOWN_CHANNEL.why':
    'Ekran i pozadinski deo programa nisu iz iste verzije, najčešće posle ažuriranja.',
  'help.error.UNKNOWN_CHANNEL.do':
    'Zatvorite Otvori i pokrenite ga ponovo. Ako se ponovi, javite se IT službi.',
  'help.error.FORBIDDEN.why':
    'Otvori prihvata zahteve samo sa svog prozora, da druga stranica ne bi mogla da mu pristupi.',
  'help.error.FORBIDDEN.do':
    'Zatvorite ovu stranicu i otvorite Otvori ponovo, preko prečice ili adrese koju je program ispisao.',
  'help.error.NOT_FOUND.why':
    'Datoteka je premeštena ili obrisana, ili je tabela u međuvremenu zatvorena.',
  'help.error.NOT_FOUND.do': 'Otvorite datoteku ponovo sa mesta gde je sada.',
  'help.error.FILE_TOO_LARGE.why':
    'Otvori ima gornju granicu veličine, da računar ne bi ostao bez memorije.',
  'help.error.FILE_TOO_LARGE.do':
    'Podelite tabelu na manje delove (na primer po godinama) ili obrišite listove i kolone koji vam ne trebaju.',
  'help.error.FILE_UNREADABLE.why':
    'Datoteka je zaključana u drugom programu ili nemate pravo da je čitate.',
  'help.error.FILE_UNREADABLE.do':
    'Zatvorite je u Excel-u ili LibreOffice-u, proverite da li možete da je otvorite, pa pokušajte ponovo.',
  'help.error.FILE_UNSUPPORTED.why':
    'Sadržaj datoteke nije tabela u formatu koji Otvori čita, bez obzira na nastavak u imenu.',
  'help.error.FILE_UNSUPPORTED.do':
    'Otvorite je u Excel-u ili LibreOffice-u i sačuvajte kao .xlsx, .ods ili .csv.',
  'help.error.FILE_ENCRYPTED.why':
    'Datoteka je zaštićena lozinkom, a Otvori ne traži i ne čuva lozinke.',
  'help.error.FILE_ENCRYPTED.do': 'Uklonite lozinku u Excel-u, sačuvajte kopiju i otvorite kopiju.',
  'help.error.FILE_CORRUPT.why': 'Datoteka nije sačuvana do kraja ili je oštećena pri kopiranju.',
  'help.error.FILE_CORRUPT.do':
    'Otvorite je u Excel-u ili LibreOffice-u (oni često poprave oštećenje), sačuvajte kopiju i otvorite kopiju.',
  'help.error.FILE_SUSPICIOUS.why':
    'Kad se raspakuje, datoteka bi bila mnogo veća nego što je; tako izgledaju datoteke napravljene da obore program.',
  'help.error.FILE_SUSPICIOUS.do':
    'Ako znate odakle je, sačuvajte je u Excel-u kao novu datoteku. Ako ne znate, ne otvarajte je i javite se IT službi.',
  'help.error.FILE_EMPTY.why':
    'U datoteci nema nijednog reda sa podacima, ili su podaci na skrivenom listu.',
  'help.error.FILE_EMPTY.do':
    'Proverite da li ste izabrali pravu datoteku i prikažite skrivene listove.',
  'help.error.READ_TIMEOUT.why':
    'Čitanje ima vremensko ograničenje, da program ne bi ostao blokiran.',
  'help.error.READ_TIMEOUT.do':
    'Sačuvajte tabelu kao .csv (čita se brže) ili je podelite na manje delove.',
  'help.error.READ_OUT_OF_MEMORY.why':
    'Čitanje ima ograničenje memorije, da računar ostane upotrebljiv.',
  'help.error.READ_OUT_OF_MEMORY.do':
    'Obrišite nepotrebne listove i kolone ili podelite tabelu na manje delove.',
  'help.error.CANCELLED.why': 'Radnju ste prekinuli dugmetom „Otkaži“; ništa nije promenjeno.',
  'help.error.CANCELLED.do': 'Počnite ponovo kad budete spremni.',
  'help.error.NOT_SUPPORTED.why':
    'U pregledaču program ne može da otvori sistemski prozor za izbor datoteke.',
  'help.error.NOT_SUPPORTED.do':
    'Datoteku izaberite dugmetom „Otvori datoteku“ ili je prevucite u polje.',
  'help.error.STORAGE_FAILED.why':
    'Otvori ne može da upiše svoju bazu na disk: disk je pun ili fascikla nije dostupna.',
  'help.error.STORAGE_FAILED.do':
    'Oslobodite mesto na disku i pokrenite Otvori ponovo. Ako se ponovi, javite se IT službi.',
  'help.error.INTERNAL.why': 'Desilo se nešto što program nije očekivao; to je greška u programu.',
  'help.error.INTERNAL.do':
    'Pokušajte ponovo. Ako se ponovi, pokrenite Otvori ponovo i javite IT službi oznaku greške.',
  'help.error.RECIPE_INVALID.why':
    'Podešavanje nekog koraka sređivanja nije potpuno ili nije ispravno, na primer nedostaje kolona ili obrazac nije dozvoljen.',
  'help.error.RECIPE_INVALID.do':
    'Otvorite korak „Sređivanje“, ispravite ili uklonite označeni korak, pa pokušajte ponovo.',
  'help.error.PORTAL_KEY_INVALID.why':
    'Portal ne prihvata API ključ: pogrešno je unet, napravljen je novi ili je nalog isključen.',
  'help.error.PORTAL_KEY_INVALID.do':
    'Na data.gov.rs, u podešavanjima naloga, kopirajte svoj API ključ i povežite se ponovo preko dugmeta „Portal“.',
  'help.error.PORTAL_NO_PERMISSION.why':
    'Vaš nalog na portalu nije član organizacije za koju objavljujete ili nema pravo objave.',
  'help.error.PORTAL_NO_PERMISSION.do':
    'Zamolite administratora organizacije na data.gov.rs da vas doda kao urednika, pa pokušajte ponovo.',
  'help.error.PORTAL_FIELD_REJECTED.why':
    'Portal nije prihvatio neka polja opisa, na primer nepoznatu licencu ili predugačak naziv.',
  'help.error.PORTAL_FIELD_REJECTED.do':
    'Vratite se na korak „Opis skupa podataka“, ispravite označena polja i objavite ponovo.',
  'help.error.PORTAL_FILE_TYPE_NOT_ALLOWED.why': 'Portal prima samo određene vrste datoteka.',
  'help.error.PORTAL_FILE_TYPE_NOT_ALLOWED.do':
    'Objavite tabelu kao CSV; ako se ponovi, javite se IT službi.',
  'help.error.PORTAL_TOO_LARGE.why': 'Datoteka je veća od onoga što portal prima u jednom slanju.',
  'help.error.PORTAL_TOO_LARGE.do':
    'Objavljujte po periodima (mesec, godina) ili uklonite kolone koje nisu potrebne.',
  'help.error.PORTAL_DOWN.why':
    'Portal se ne javlja: nema internet veze, proksi ne pušta ili portal ne radi.',
  'help.error.PORTAL_DOWN.do':
    'Proverite vezu i pokušajte kasnije; ništa nije poslato dvaput, objava će nastaviti gde je stala.',
  'help.error.PORTAL_TIMEOUT.why':
    'Portal nije odgovorio na vreme, najčešće zbog spore veze ili velike datoteke.',
  'help.error.PORTAL_TIMEOUT.do':
    'Pokušajte ponovo; Otvori prvo proverava šta je već stiglo, pa neće napraviti duplikat.',
  'help.error.PORTAL_NOT_FOUND.why':
    'Skup podataka ili datoteka koju je Otvori pamtio više ne postoji na portalu.',
  'help.error.PORTAL_NOT_FOUND.do': 'Objavite ponovo: Otvori će napraviti novi zapis na portalu.',
  'help.error.PORTAL_GONE.why': 'Skup podataka je obrisan na portalu.',
  'help.error.PORTAL_GONE.do':
    'Ako je obrisan greškom, objavite ponovo kao novi skup podataka; ako je namerno, ne objavljujte ga više.',
  'help.error.PORTAL_READ_ONLY.why':
    'Portal je privremeno zatvoren za izmene, obično zbog održavanja.',
  'help.error.PORTAL_READ_ONLY.do': 'Pokušajte kasnije; vaš rad je sačuvan.',
  'help.error.PORTAL_SERVER_ERROR.why':
    'Na portalu je došlo do greške; to nije do vas ni do datoteke.',
  'help.error.PORTAL_SERVER_ERROR.do':
    'Pokušajte kasnije. Ako se ponavlja, javite se administratorima data.gov.rs.',
  'help.error.PORTAL_CHECKSUM_MISMATCH.why':
    'Datoteka na portalu nije ista kao poslata; verovatno je oštećena u prenosu.',
  'help.error.PORTAL_CHECKSUM_MISMATCH.do':
    'Objavite ponovo; ako se ponovi, javite se IT službi (moguće je da proksi menja datoteke).',
  'help.error.PORTAL_UNEXPECTED.why':
    'Portal je odgovorio na način koji Otvori ne prepoznaje, možda posle promene na portalu.',
  'help.error.PORTAL_UNEXPECTED.do': 'Pokušajte kasnije i javite IT službi oznaku greške.',
  'help.error.PORTAL_NOT_CONNECTED.why':
    'Otvori još nije povezan ni sa data.gov.rs ni sa vežbaonicom.',
  'help.error.PORTAL_NOT_CONNECTED.do':
    'Kliknite „Portal“ u zaglavlju i unesite API ključ, ili uključite vežbaonicu.',
  'help.error.PORTAL_NOT_ALLOWED.why':
    'Podešavanja IT službe ne dozvoljavaju taj portal, organizaciju ili vežbaonicu na ovom računaru.',
  'help.error.PORTAL_NOT_ALLOWED.do':
    'Izaberite dozvoljeni portal (vidite „O programu“) ili se javite IT službi.',
  'help.error.SECRET_STORAGE_UNAVAILABLE.why':
    'Sistem ne nudi zaštićeno skladište, a Otvori ključ nikada ne čuva kao običan tekst.',
  'help.error.SECRET_STORAGE_UNAVAILABLE.do':
    'Javite se IT službi da omogući zaštićeno skladište za vaš nalog na računaru.',
  'help.error.PUBLISH_BUSY.why':
    'Ova objava se već šalje, a ista objava ne sme da ide dvaput u isto vreme.',
  'help.error.PUBLISH_BUSY.do': 'Sačekajte da se slanje završi, pa pogledajte registar objava.',

  'help.term.openData.name': 'Otvoreni podaci',
  'help.term.openData.text':
    'Podaci koje organi vlasti objavljuju tako da svako može besplatno da ih preuzme, koristi i ponovo objavi, u formatu koji računar može da čita.',
  'help.term.dataset.name': 'Skup podataka',
  'help.term.dataset.text':
    'Jedna celina na portalu: opis i jedna ili više datoteka (resursa), na primer „Isplate socijalne pomoći po mesecima“.',
  'help.term.resource.name': 'Resurs',
  'help.term.resource.text': 'Datoteka u skupu podataka, na primer CSV za jedan mesec.',
  'help.term.metadata.name': 'Metapodaci',
  'help.term.metadata.text':
    'Podaci o podacima: naziv, opis, ko objavljuje, licenca, period koji podaci pokrivaju i koliko se često ažuriraju.',
  'help.term.personalData.name': 'Lični podaci',
  'help.term.personalData.text':
    'Svaki podatak na osnovu kog se može utvrditi ko je osoba: ime i prezime, JMBG, adresa, telefon, e-pošta, registarska tablica…',
  'help.term.anonymization.name': 'Anonimizacija',
  'help.term.anonymization.text':
    'Obrada posle koje se osoba više ne može prepoznati ni uz druge podatke, na primer brisanje kolone ili grupisanje po naseljima.',
  'help.term.pseudonymization.name': 'Pseudonimizacija',
  'help.term.pseudonymization.text':
    'Zamena identiteta šifrom (na primer JMBG → „P-7F3A…“) koja je ista za istu osobu svakog meseca, ali se bez ključa ne može vratiti. Ključ ostaje na ovom računaru.',
  'help.term.quasiIdentifier.name': 'Kvazi-identifikator',
  'help.term.quasiIdentifier.text':
    'Podatak koji sam ne otkriva osobu, ali u kombinaciji sa drugima može: godina rođenja, pol, naselje, zanimanje.',
  'help.term.kAnonymity.name': 'k-anonimnost',
  'help.term.kAnonymity.text':
    'Mera zaštite: svaka kombinacija kvazi-identifikatora pojavljuje se bar k puta. Za k = 5, svaki red liči na još bar četiri.',
  'help.term.jmbg.name': 'JMBG',
  'help.term.jmbg.text':
    'Jedinstveni matični broj građana, 13 cifara sa kontrolnom cifrom. Nikada se ne objavljuje.',
  'help.term.recipe.name': 'Recept',
  'help.term.recipe.text':
    'Spisak koraka sređivanja i zaštite koji Otvori pamti uz skup podataka i sam primenjuje na tabelu sledećeg perioda.',
  'help.term.trainingPortal.name': 'Vežbaonica',
  'help.term.trainingPortal.text':
    'Portal na ovom računaru koji se ponaša kao data.gov.rs. Tu se vežba, a ništa ne izlazi u javnost.',
  'help.term.apiKey.name': 'API ključ',
  'help.term.apiKey.text':
    'Tajni niz znakova iz vašeg naloga na data.gov.rs kojim program objavljuje u vaše ime. Čuva se samo u zaštićenom skladištu sistema.',
  'help.term.license.name': 'Licenca',
  'help.term.license.text':
    'Uslovi pod kojima drugi smeju da koriste podatke. Uobičajena je „Licenca za otvorene podatke Republike Srbije“.',
  'help.term.frequency.name': 'Učestalost ažuriranja',
  'help.term.frequency.text':
    'Koliko često objavljujete nove podatke (mesečno, kvartalno…). Na osnovu nje Otvori računa sledeći rok.',
  'help.term.csv.name': 'CSV (UTF-8)',
  'help.term.csv.text':
    'Jednostavan tekstualni format tabele koji svaki program čita. UTF-8 čuva ćirilicu i slova č, ć, ž, š, đ.',

  'help.rehearsal.intro':
    'Vežba na primeru registra u vežbaonici traje oko petnaest minuta. Podaci su izmišljeni, a vežbaonica je na ovom računaru, pa ništa ne može da procuri.',
  'help.rehearsal.step1':
    'Na početnom ekranu izaberite „Nova objava“, pa „Otvori primer registra“.',
  'help.rehearsal.step2':
    'U koraku „Pregled i izvoz“ pogledajte tabelu strelicama: kolona JMBG je tekst, vodeće nule su sačuvane.',
  'help.rehearsal.step3':
    'Pređite na „Zaštita ličnih podataka“: Otvori će pronaći JMBG, ime i prezime, adresu i telefon i objasniti zašto.',
  'help.rehearsal.step4':
    'Za JMBG izaberite pseudonimizaciju, ime i adresu uklonite, a datum rešenja uopštite na mesec.',
  'help.rehearsal.step5':
    'U koraku „Opis skupa podataka“ popunite naziv, opis od bar nekoliko rečenica, ključne reči i učestalost „mesečno“.',
  'help.rehearsal.step6':
    'U koraku „Provera“ pogledajte izveštaj i datoteku onako kako će biti objavljena.',
  'help.rehearsal.step7': 'Objavite u vežbaonicu i otvorite vezu ka skupu podataka.',
  'help.rehearsal.step8':
    'Vratite se na „Moji skupovi podataka“: vaš skup ima datum vežbe. Sledeći mesec počinjete dugmetom „Objavi sledeći period“.',
  'help.rehearsal.start': 'Počni vežbu: otvori primer registra',
};

export const helpEn: HelpMessages = {
  'help.button': 'Help',
  'help.title': 'Help',
  'help.close': 'Close help',
  'help.sectionsLabel': 'Parts of the help',
  'help.section.steps': 'Steps',
  'help.section.errors': 'Error messages',
  'help.section.glossary': 'Terms',
  'help.section.rehearsal': 'Rehearsal',
  'help.forError': 'What should I do?',
  'help.what': 'What happened',
  'help.why': 'Why',
  'help.do': 'What to do',
  'help.purpose': 'What it is for',
  'help.how': 'How',
  'help.tip': 'Tip',
  'help.notYet': 'This step comes in a later version of the program.',
  'help.keyboard':
    'The whole program works with the keyboard alone: Tab and Shift+Tab move between buttons and fields, Enter or Space activate them, Escape closes the help window.',

  'help.step.open.how':
    'Click “Open file” or drag the file into the box. Otvori reads .xlsx, .xls, .ods and .csv and recognises the encoding, the header and rows of totals by itself.',
  'help.step.open.tip':
    'First time? Open the sample register: its data is invented, so you can practise freely.',
  'help.step.view.how':
    'Look through the table with the arrow keys. If the header or the first row was not recognised correctly, fix it under “How the file was read”; the choice is remembered for next month.',
  'help.step.view.tip':
    'JMBG, account numbers and postal codes stay text, so leading zeros are never lost.',
  'help.step.clean.how':
    'You choose each change from a list of actions (trim spaces, convert to Latin, unify dates…). Actions are remembered as a recipe and applied by themselves next time.',
  'help.step.clean.tip': 'Every change can be undone; the original file stays untouched.',
  'help.step.protect.how':
    'Otvori checks every column and shows where it found personal data and why. For each such column choose: remove, mask, pseudonymise or generalise.',
  'help.step.protect.tip':
    'Publishing is not possible while the table holds personal data you have neither removed nor justified.',
  'help.step.describe.how':
    'Fill in the title, description, keywords, licence and frequency. Fields the portal requires are marked, and problems are shown next to the field. Everything is saved as you type.',
  'help.step.describe.tip':
    'Set the office defaults (organisation, licence, contact) once and every new publication starts from them.',
  'help.step.review.how':
    'In one place you see the personal data report, the description check, the differences from the last publication and the file exactly as it will be published.',
  'help.step.review.tip':
    'If something is wrong, go back to a step by choosing it in the row of steps.',
  'help.step.publish.how':
    'Otvori sends the file and description to the portal and records every step, so a lost connection never makes duplicates. Publishing asks for one confirmation.',
  'help.step.publish.tip':
    'Try the training portal first: it behaves like data.gov.rs and nothing leaves the computer.',

  'help.error.INVALID_REQUEST.why':
    'The screen sent the program data it does not expect; this is a fault in the program, not yours.',
  'help.error.INVALID_REQUEST.do':
    'Try again. If it happens again, note the error code and contact your IT service.',
  'help.error.UNKNOWN_CHANNEL.why':
    'The screen and the background part of the program are not the same version, usually after an update.',
  'help.error.UNKNOWN_CHANNEL.do':
    'Close Otvori and start it again. If it happens again, contact your IT service.',
  'help.error.FORBIDDEN.why':
    'Otvori accepts requests only from its own window, so that no other page can reach it.',
  'help.error.FORBIDDEN.do':
    'Close this page and open Otvori again, from its shortcut or the address the program printed.',
  'help.error.NOT_FOUND.why':
    'The file was moved or deleted, or the table was closed in the meantime.',
  'help.error.NOT_FOUND.do': 'Open the file again from where it is now.',
  'help.error.FILE_TOO_LARGE.why':
    'Otvori has an upper size limit so that the computer does not run out of memory.',
  'help.error.FILE_TOO_LARGE.do':
    'Split the table into smaller parts (by year, for example) or delete sheets and columns you do not need.',
  'help.error.FILE_UNREADABLE.why':
    'The file is locked by another program or you are not allowed to read it.',
  'help.error.FILE_UNREADABLE.do':
    'Close it in Excel or LibreOffice, check that you can open it, and try again.',
  'help.error.FILE_UNSUPPORTED.why':
    'The file’s content is not a table in a format Otvori reads, whatever the ending of its name.',
  'help.error.FILE_UNSUPPORTED.do':
    'Open it in Excel or LibreOffice and save it as .xlsx, .ods or .csv.',
  'help.error.FILE_ENCRYPTED.why':
    'The file is protected with a password, and Otvori neither asks for nor keeps passwords.',
  'help.error.FILE_ENCRYPTED.do': 'Remove the password in Excel, save a copy and open the copy.',
  'help.error.FILE_CORRUPT.why': 'The file was not saved completely or was damaged while copying.',
  'help.error.FILE_CORRUPT.do':
    'Open it in Excel or LibreOffice (they often repair the damage), save a copy and open the copy.',
  'help.error.FILE_SUSPICIOUS.why':
    'Unpacked, the file would be far larger than it is; files made to crash programs look like that.',
  'help.error.FILE_SUSPICIOUS.do':
    'If you know where it came from, save it in Excel as a new file. If you do not, do not open it and contact your IT service.',
  'help.error.FILE_EMPTY.why': 'The file has no row with data, or the data is on a hidden sheet.',
  'help.error.FILE_EMPTY.do': 'Check that you chose the right file and show hidden sheets.',
  'help.error.READ_TIMEOUT.why':
    'Reading has a time limit so that the program never stays blocked.',
  'help.error.READ_TIMEOUT.do':
    'Save the table as .csv (it reads faster) or split it into smaller parts.',
  'help.error.READ_OUT_OF_MEMORY.why':
    'Reading has a memory limit so that the computer stays usable.',
  'help.error.READ_OUT_OF_MEMORY.do':
    'Delete unneeded sheets and columns or split the table into smaller parts.',
  'help.error.CANCELLED.why': 'You stopped the action with “Cancel”; nothing was changed.',
  'help.error.CANCELLED.do': 'Start again when you are ready.',
  'help.error.NOT_SUPPORTED.why':
    'In the browser the program cannot open the system window for choosing a file.',
  'help.error.NOT_SUPPORTED.do': 'Choose the file with “Open file” or drag it into the box.',
  'help.error.STORAGE_FAILED.why':
    'Otvori cannot write its database to disk: the disk is full or the folder is not available.',
  'help.error.STORAGE_FAILED.do':
    'Free some disk space and start Otvori again. If it happens again, contact your IT service.',
  'help.error.INTERNAL.why':
    'Something happened that the program did not expect; this is a fault in the program.',
  'help.error.INTERNAL.do':
    'Try again. If it happens again, restart Otvori and give your IT service the error code.',
  'help.error.RECIPE_INVALID.why':
    'The settings of a cleaning step are incomplete or wrong, for example a column is missing or a pattern is not allowed.',
  'help.error.RECIPE_INVALID.do':
    'Open the “Tidy up” step, fix or remove the marked step, and try again.',
  'help.error.PORTAL_KEY_INVALID.why':
    'The portal does not accept the API key: it was mistyped, a new one was made, or the account is disabled.',
  'help.error.PORTAL_KEY_INVALID.do':
    'On data.gov.rs, in your account settings, copy your API key and connect again with the “Portal” button.',
  'help.error.PORTAL_NO_PERMISSION.why':
    'Your portal account is not a member of the organization you publish for, or may not publish.',
  'help.error.PORTAL_NO_PERMISSION.do':
    'Ask the organization’s administrator on data.gov.rs to add you as an editor, then try again.',
  'help.error.PORTAL_FIELD_REJECTED.why':
    'The portal did not accept some fields of the description, for example an unknown licence or a title too long.',
  'help.error.PORTAL_FIELD_REJECTED.do':
    'Go back to “Describe the dataset”, fix the marked fields and publish again.',
  'help.error.PORTAL_FILE_TYPE_NOT_ALLOWED.why': 'The portal accepts only certain kinds of files.',
  'help.error.PORTAL_FILE_TYPE_NOT_ALLOWED.do':
    'Publish the table as CSV; if it happens again, contact your IT service.',
  'help.error.PORTAL_TOO_LARGE.why': 'The file is larger than the portal accepts in one upload.',
  'help.error.PORTAL_TOO_LARGE.do':
    'Publish by period (month, year) or remove columns that are not needed.',
  'help.error.PORTAL_DOWN.why':
    'The portal does not answer: no internet connection, the proxy blocks it, or the portal is down.',
  'help.error.PORTAL_DOWN.do':
    'Check the connection and try later; nothing is sent twice, publishing resumes where it stopped.',
  'help.error.PORTAL_TIMEOUT.why':
    'The portal did not answer in time, usually because of a slow connection or a large file.',
  'help.error.PORTAL_TIMEOUT.do':
    'Try again; Otvori first checks what already arrived, so it will not make a duplicate.',
  'help.error.PORTAL_NOT_FOUND.why':
    'The dataset or file Otvori remembered no longer exists on the portal.',
  'help.error.PORTAL_NOT_FOUND.do': 'Publish again: Otvori will create a new entry on the portal.',
  'help.error.PORTAL_GONE.why': 'The dataset was deleted on the portal.',
  'help.error.PORTAL_GONE.do':
    'If it was deleted by mistake, publish it again as a new dataset; if on purpose, stop publishing it.',
  'help.error.PORTAL_READ_ONLY.why':
    'The portal is temporarily closed for changes, usually for maintenance.',
  'help.error.PORTAL_READ_ONLY.do': 'Try later; your work is saved.',
  'help.error.PORTAL_SERVER_ERROR.why':
    'Something failed on the portal; it is not you and not the file.',
  'help.error.PORTAL_SERVER_ERROR.do':
    'Try later. If it keeps happening, contact the data.gov.rs administrators.',
  'help.error.PORTAL_CHECKSUM_MISMATCH.why':
    'The file on the portal is not the same as the one sent; it was probably damaged on the way.',
  'help.error.PORTAL_CHECKSUM_MISMATCH.do':
    'Publish again; if it happens again, contact your IT service (a proxy may be changing files).',
  'help.error.PORTAL_UNEXPECTED.why':
    'The portal answered in a way Otvori does not recognise, perhaps after a change on the portal.',
  'help.error.PORTAL_UNEXPECTED.do': 'Try later and give your IT service the error code.',
  'help.error.PORTAL_NOT_CONNECTED.why':
    'Otvori is not connected to data.gov.rs or to the training portal yet.',
  'help.error.PORTAL_NOT_CONNECTED.do':
    'Click “Portal” in the header and enter your API key, or turn the training portal on.',
  'help.error.PORTAL_NOT_ALLOWED.why':
    'Your IT service’s settings do not allow that portal, organization or the training portal on this computer.',
  'help.error.PORTAL_NOT_ALLOWED.do':
    'Choose an allowed portal (see “About”) or contact your IT service.',
  'help.error.SECRET_STORAGE_UNAVAILABLE.why':
    'The system offers no protected store, and Otvori never keeps the key as plain text.',
  'help.error.SECRET_STORAGE_UNAVAILABLE.do':
    'Ask your IT service to enable the protected store for your account on this computer.',
  'help.error.PUBLISH_BUSY.why':
    'This publication is already being sent, and the same publication must not go twice at once.',
  'help.error.PUBLISH_BUSY.do':
    'Wait for the upload to finish, then look at the publication register.',

  'help.term.openData.name': 'Open data',
  'help.term.openData.text':
    'Data that public bodies publish so that anyone can download, use and republish it free of charge, in a format computers can read.',
  'help.term.dataset.name': 'Dataset',
  'help.term.dataset.text':
    'One entry on the portal: a description and one or more files (resources), for example “Social assistance payments by month”.',
  'help.term.resource.name': 'Resource',
  'help.term.resource.text': 'A file in a dataset, for example the CSV of one month.',
  'help.term.metadata.name': 'Metadata',
  'help.term.metadata.text':
    'Data about the data: title, description, publisher, licence, the period the data covers and how often it is updated.',
  'help.term.personalData.name': 'Personal data',
  'help.term.personalData.text':
    'Any data from which a person can be identified: name, JMBG, address, phone, e-mail, licence plate…',
  'help.term.anonymization.name': 'Anonymisation',
  'help.term.anonymization.text':
    'Processing after which a person can no longer be recognised, even with other data: for example deleting a column or grouping by settlement.',
  'help.term.pseudonymization.name': 'Pseudonymisation',
  'help.term.pseudonymization.text':
    'Replacing an identity with a code (for example JMBG → “P-7F3A…”) that is the same for the same person every month but cannot be reversed without the key. The key stays on this computer.',
  'help.term.quasiIdentifier.name': 'Quasi-identifier',
  'help.term.quasiIdentifier.text':
    'A value that does not reveal a person on its own but can in combination with others: year of birth, sex, settlement, occupation.',
  'help.term.kAnonymity.name': 'k-anonymity',
  'help.term.kAnonymity.text':
    'A measure of protection: every combination of quasi-identifiers appears at least k times. With k = 5, every row looks like at least four others.',
  'help.term.jmbg.name': 'JMBG',
  'help.term.jmbg.text':
    'The unique master citizen number, 13 digits with a check digit. It is never published.',
  'help.term.recipe.name': 'Recipe',
  'help.term.recipe.text':
    'The list of cleaning and protection steps Otvori keeps with a dataset and applies by itself to the next period’s table.',
  'help.term.trainingPortal.name': 'Training portal',
  'help.term.trainingPortal.text':
    'A portal on this computer that behaves like data.gov.rs. You practise there, and nothing becomes public.',
  'help.term.apiKey.name': 'API key',
  'help.term.apiKey.text':
    'A secret string from your data.gov.rs account with which the program publishes on your behalf. It is kept only in the system’s protected store.',
  'help.term.license.name': 'Licence',
  'help.term.license.text':
    'The terms under which others may use the data. The usual one is the “Open Data Licence of the Republic of Serbia”.',
  'help.term.frequency.name': 'Update frequency',
  'help.term.frequency.text':
    'How often you publish new data (monthly, quarterly…). Otvori computes the next due date from it.',
  'help.term.csv.name': 'CSV (UTF-8)',
  'help.term.csv.text':
    'A simple text format for tables that every program reads. UTF-8 keeps Cyrillic and the letters č, ć, ž, š, đ.',

  'help.rehearsal.intro':
    'The rehearsal on the sample register in the training portal takes about fifteen minutes. The data is invented and the training portal runs on this computer, so nothing can leak.',
  'help.rehearsal.step1':
    'On the home screen choose “New publication”, then “Open the sample register”.',
  'help.rehearsal.step2':
    'In the step “View and export” look through the table with the arrow keys: the JMBG column is text and leading zeros are kept.',
  'help.rehearsal.step3':
    'Go on to “Protect personal data”: Otvori finds the JMBG, name, address and phone and explains why.',
  'help.rehearsal.step4':
    'Pseudonymise the JMBG, remove the name and address, and generalise the decision date to the month.',
  'help.rehearsal.step5':
    'In “Describe the dataset” fill in the title, a description of a few sentences, keywords and the frequency “monthly”.',
  'help.rehearsal.step6': 'In “Review” look at the report and at the file as it will be published.',
  'help.rehearsal.step7': 'Publish to the training portal and open the link to the dataset.',
  'help.rehearsal.step8':
    'Go back to “My datasets”: your dataset shows the rehearsal date. Next month you start with “Publish the next period”.',
  'help.rehearsal.start': 'Start the rehearsal: open the sample register',
};
