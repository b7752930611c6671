/**
 * Serbian, Latin script: a faithful transliteration of sr-cyrl.ts (Lj, Nj, Dž as digraphs),
 * written out so it can be read and reviewed. Keep both files in step.
 */
import type { Dictionary } from './dictionary';
import { helpPortalSrLatn } from './messages/help-portal';
import { metadataSrLatn } from './messages/metadata';
import { publishSrLatn } from './messages/publish';
import { privacySrLatn } from './messages/privacy';
import { importSrLatn } from './messages/import';
import { recipeSrLatn } from './messages/recipe';
import { previewSrLatn } from './messages/preview';
import { homeSrLatn } from './messages/home';
import { helpSrLatn } from './messages/help';
import { reviewSrLatn } from './messages/review';

export const srLatn: Dictionary = {
  ...metadataSrLatn,
  ...helpPortalSrLatn,
  ...publishSrLatn,
  ...reviewSrLatn,
  ...privacySrLatn,
  ...importSrLatn,
  ...recipeSrLatn,
  ...previewSrLatn,
  ...homeSrLatn,
  ...helpSrLatn,
  'app.name': 'Otvori',
  'app.documentTitle': 'Otvori: tabele kao otvoreni podaci',
  'app.skipToContent': 'Pređi na glavni sadržaj',
  'app.loading': 'Učitavanje…',
  'app.tagline': 'Tabele Grada Pančeva kao otvoreni podaci',

  'locale.label': 'Jezik i pismo',

  'about.button': 'O programu',
  'about.title': 'O programu Otvori',
  'about.version': 'Verzija',
  'about.buildDate': 'Datum izrade',
  'about.unknown': 'nepoznato',
  'about.dataDir': 'Fascikla sa podacima',
  'about.portal': 'Portal za objavljivanje',
  'about.policy': 'Podešavanja IT službe',
  'about.policyNone':
    'IT služba nije postavila podešavanja na ovom računaru, pa važe podrazumevana.',
  'about.policySource': 'Datoteka sa podešavanjima: {path}',
  'about.fixedTitle': 'Podešavanja koja je odredila IT služba (ne možete ih menjati)',
  'about.fixedNone': 'Nijedno.',
  'about.field.portalUrl': 'Portal za objavljivanje',
  'about.field.allowedPortals': 'Dozvoljeni portali',
  'about.field.organization': 'Organizacija na portalu',
  'about.field.proxy': 'Proksi server',
  'about.field.updates': 'Ažuriranja',
  'about.field.updateUrl': 'Server za ažuriranja',
  'about.field.trainingPortal': 'Vežbaonica',
  'about.field.defaultLocale': 'Podrazumevani jezik',
  'about.errorsTitle':
    'Deo podešavanja IT službe nije mogao da se primeni. Pokažite ovu poruku IT službi:',
  'about.privacy':
    'Otvori ne šalje podatke o korišćenju. Sa ovog računara odlazi samo ono što sami objavite na portal.',
  'about.close': 'Zatvori',

  'journey.label': 'Koraci',
  'journey.stepNumber': 'Korak {number}',
  'journey.step.open': 'Otvaranje tabele',
  'journey.step.clean': 'Sređivanje',
  'journey.step.protect': 'Zaštita ličnih podataka',
  'journey.step.describe': 'Opis skupa podataka',
  'journey.step.review': 'Provera',
  'journey.step.publish': 'Provera i objavljivanje',
  'journey.step.view': 'Pregled i izvoz',
  'journey.status.done': 'završeno',
  'journey.status.current': 'trenutni korak',
  'journey.status.upcoming': 'sledi',

  'open.title': 'Otvorite tabelu',
  'open.purpose':
    'Otvori vam pomaže da tabelu iz Excel-a ili LibreOffice-a bezbedno objavite kao otvorene podatke Grada Pančeva na portalu data.gov.rs.',
  'open.safety': 'Originalna datoteka se nikada ne menja.',
  'open.fileButton': 'Otvori datoteku',
  'open.dropHint': 'Prevucite datoteku u ovo polje ili je izaberite dugmetom.',
  'open.dropActive': 'Pustite datoteku da biste je otvorili.',
  'open.formats':
    'Podržani formati: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) i tekstualne tabele (.csv, .tsv, .txt).',
  'open.fileInputLabel': 'Izaberite datoteku sa tabelom',
  'open.sampleTitle': 'Prvi put ovde?',
  'open.sampleText': 'Probajte na primeru registra sa izmišljenim podacima.',
  'open.sampleButton': 'Otvori primer registra',
  'open.cancelled': 'Otvaranje je otkazano.',

  'recent.title': 'Nedavno otvarane datoteke',
  'recent.empty': 'Još niste otvorili nijednu datoteku.',
  'recent.openedAt': 'otvoreno {date}',
  'recent.unavailable': 'Nije dostupna: datoteka je premeštena ili obrisana.',

  'progress.title': 'Otvaranje datoteke',
  'progress.sampleName': 'Primer registra',
  'progress.phasesLabel': 'Faze otvaranja',
  'progress.phase.uploading': 'Slanje datoteke programu',
  'progress.phase.checking': 'Provera datoteke',
  'progress.phase.reading': 'Čitanje datoteke',
  'progress.phase.parsing': 'Prepoznavanje tabele',
  'progress.phase.building': 'Priprema tabele za prikaz',
  'progress.phase.done': 'Gotovo',
  'progress.status.done': 'gotovo',
  'progress.status.current': 'u toku',
  'progress.status.pending': 'sledi',
  'progress.barLabel': 'Napredak: {phase}',
  'progress.inProgress': 'U toku…',
  'progress.bytesOf': 'Obrađeno: {done} od {total}',
  'progress.bytesDone': 'Obrađeno: {done}',
  'progress.rowsOf': 'Redova: {done} od {total}',
  'progress.rowsDone': 'Redova: {done}',
  'progress.elapsed': 'Proteklo vreme: {time}',
  'progress.remaining': 'Preostalo: oko {time}',
  'progress.remainingUnknown': 'Preostalo vreme se procenjuje…',
  'progress.cancel': 'Otkaži',
  'progress.cancelHint': 'Originalna datoteka ostaje netaknuta.',

  'table.format': 'Format',
  'table.sheet': 'List',
  'table.size': 'Veličina',
  'table.sheets': 'Listovi u datoteci',
  'table.sheetShown': 'prikazan',
  'table.sheetHidden': 'skriven',
  'table.gridLabel': 'Podaci iz datoteke {name}',
  'table.rowNumber': 'Red',
  'table.rowNumberLabel': 'Broj reda',
  'table.loadingCell': 'učitava se',
  'table.emptyCell': 'prazno',
  'table.noRows': 'Tabela nema nijedan red sa podacima.',
  'table.gridHelp':
    'Kliknite u tabelu ili dođite do nje tasterom Tab, pa se krećite strelicama. Page Up i Page Down prelaze po ekran, Home i End na početak i kraj reda, Ctrl+Home i Ctrl+End na početak i kraj tabele.',
  'table.close': 'Zatvori datoteku',

  'type.text': 'Tekst',
  'type.integer': 'Ceo broj',
  'type.decimal': 'Decimalni broj',
  'type.date': 'Datum',
  'type.datetime': 'Datum i vreme',
  'type.boolean': 'Da/Ne',
  'type.empty': 'Prazna kolona',
  'type.label': 'Vrsta podataka: {type}',

  'value.true': 'Da',
  'value.false': 'Ne',

  'format.xlsx': 'Excel radna sveska (.xlsx)',
  'format.xlsm': 'Excel radna sveska sa makroima (.xlsm)',
  'format.xls': 'Stariji Excel (.xls)',
  'format.ods': 'LibreOffice tabela (.ods)',
  'format.csv': 'Tekstualna tabela (CSV)',

  'export.title': 'Izvoz',
  'export.button': 'Izvezi CSV (UTF-8)',
  'export.busy': 'Izvoz u toku…',
  'export.bom': 'Dodaj BOM za Excel',
  'export.bomHint':
    'Uključite ako će se datoteka otvarati u Excel-u: tada će on ispravno prikazati ćirilicu i slova č, ć, ž, š, đ.',
  'export.saved': 'Sačuvano: {name} ({size}).',
  'export.downloaded':
    'Preuzimanje je pokrenuto: {name} ({size}). Datoteku ćete naći u fascikli za preuzimanja.',
  'export.cancelled': 'Izvoz je otkazan; ništa nije sačuvano.',

  'error.title': 'Nije uspelo',
  'error.dismiss': 'Zatvori obaveštenje',
  'error.code': 'Oznaka za IT podršku: {code}',
  'error.offline':
    'Veza sa programom Otvori je prekinuta. Proverite da li je Otvori još pokrenut, pa osvežite ovu stranicu.',
  'error.INVALID_REQUEST':
    'Program je dobio zahtev koji ne razume. Pokušajte ponovo; ako se ponovi, javite se IT službi.',
  'error.UNKNOWN_CHANNEL':
    'Ovaj ekran i program Otvori nisu iste verzije. Zatvorite i ponovo pokrenite Otvori; ako se ponovi, javite se IT službi.',
  'error.FORBIDDEN':
    'Ova stranica nema dozvolu da koristi Otvori. Zatvorite je i otvorite Otvori ponovo preko adrese koju je program ispisao pri pokretanju.',
  'error.NOT_FOUND':
    'Tražena datoteka ili tabela više ne postoji: možda je premeštena, obrisana ili već zatvorena. Otvorite datoteku ponovo.',
  'error.FILE_TOO_LARGE':
    'Datoteka je prevelika za Otvori. Podelite tabelu na manje delove (na primer po godinama) ili obrišite kolone i listove koji vam ne trebaju, pa pokušajte ponovo.',
  'error.FILE_UNREADABLE':
    'Datoteka ne može da se pročita. Proverite da nije otvorena u drugom programu i da imate pravo da je čitate, pa pokušajte ponovo.',
  'error.FILE_UNSUPPORTED':
    'Ovo nije tabela koju Otvori ume da pročita. Otvorite je u Excel-u ili LibreOffice-u, sačuvajte kao .xlsx, .ods ili .csv, pa je otvorite ovde.',
  'error.FILE_ENCRYPTED':
    'Datoteka je zaštićena lozinkom. Otvorite je u Excel-u, uklonite lozinku i sačuvajte kopiju, pa je otvorite ovde.',
  'error.FILE_CORRUPT':
    'Datoteka je oštećena ili nije sačuvana do kraja. Otvorite je u Excel-u ili LibreOffice-u, sačuvajte kopiju, pa je otvorite ovde.',
  'error.FILE_SUSPICIOUS':
    'Datoteka izgleda sumnjivo (kad se raspakuje, mnogo je veća nego što bi trebalo), pa je Otvori iz bezbednosnih razloga nije otvorio. Ako znate odakle je, otvorite je u Excel-u i sačuvajte kao novu datoteku; ako ne znate, javite se IT službi.',
  'error.FILE_EMPTY':
    'U datoteci nema tabele sa podacima. Proverite da li ste izabrali pravu datoteku i da podaci nisu na skrivenom listu.',
  'error.READ_TIMEOUT':
    'Čitanje datoteke je trajalo predugo, pa je prekinuto. Podelite tabelu na manje delove ili je sačuvajte kao .csv, pa pokušajte ponovo.',
  'error.READ_OUT_OF_MEMORY':
    'Za čitanje ove datoteke potrebno je više memorije nego što Otvori sme da koristi. Podelite tabelu na manje delove ili obrišite nepotrebne listove i kolone, pa pokušajte ponovo.',
  'error.CANCELLED': 'Radnja je otkazana. Možete da počnete ponovo kad god želite.',
  'error.NOT_SUPPORTED':
    'Ova radnja ovde nije dostupna. Datoteku otvorite dugmetom „Otvori datoteku“ ili je prevucite u polje za otvaranje.',
  'error.STORAGE_FAILED':
    'Otvori ne može da sačuva svoje podatke na disku. Proverite da li na disku ima slobodnog mesta, zatvorite i ponovo pokrenite Otvori; ako se ponovi, javite se IT službi.',
  'error.INTERNAL':
    'Došlo je do neočekivane greške u programu. Pokušajte ponovo; ako se ponovi, zatvorite i ponovo pokrenite Otvori i javite se IT službi.',
  'errorDetail.FILE_TOO_LARGE': 'Ova datoteka ima {size}, a dozvoljeno je najviše {limit}.',
  'errorDetail.FILE_TOO_LARGE_LIMIT': 'Najviše je dozvoljeno {limit}.',
  'errorDetail.READ_OUT_OF_MEMORY': 'Granica je {megabytes}\u00a0MB.',
  'errorDetail.READ_TIMEOUT': {
    one: 'Granica je {count} sekunda.',
    few: 'Granica je {count} sekunde.',
    other: 'Granica je {count} sekundi.',
  },

  'count.rows': { one: '{count}\u00a0red', few: '{count}\u00a0reda', other: '{count}\u00a0redova' },
  'count.columns': {
    one: '{count}\u00a0kolona',
    few: '{count}\u00a0kolone',
    other: '{count}\u00a0kolona',
  },
  'count.bytes': {
    one: '{count}\u00a0bajt',
    few: '{count}\u00a0bajta',
    other: '{count}\u00a0bajtova',
  },

  'size.kilobytes': '{value}\u00a0KB',
  'size.megabytes': '{value}\u00a0MB',
  'size.gigabytes': '{value}\u00a0GB',
};
