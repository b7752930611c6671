/**
 * Help for the publishing error codes (issue 7 §4, issue 9 §5): why it happened and what to do.
 * Kept beside help.ts so the publishing codes' help lives with them; sr-Latn is the
 * transliteration of sr-Cyrl, written out.
 */
export const helpPortalSrCyrl = {
  'help.error.PORTAL_KEY_INVALID.why':
    'Портал није прихватио API кључ: погрешно је копиран, у међувремену је направљен нови или је налог искључен.',
  'help.error.PORTAL_KEY_INVALID.do':
    'На data.gov.rs отворите свој профил, копирајте API кључ целог и поново га унесите на екрану „Портал“.',
  'help.error.PORTAL_NO_PERMISSION.why':
    'Ваш налог нема право да објављује за изабрану организацију.',
  'help.error.PORTAL_NO_PERMISSION.do':
    'Изаберите организацију у којој сте члан или замолите администратора организације на порталу да вас дода.',
  'help.error.PORTAL_FIELD_REJECTED.why':
    'Портал је одбио нека поља описа (метаподатака), на пример предугачак наслов или непознату лиценцу.',
  'help.error.PORTAL_FIELD_REJECTED.do':
    'Вратите се на корак „Опис скупа података“, исправите означена поља и поново објавите; ништа неће бити удвостручено.',
  'help.error.PORTAL_FILE_TYPE_NOT_ALLOWED.why': 'Портал не прима датотеке овог типа.',
  'help.error.PORTAL_FILE_TYPE_NOT_ALLOWED.do':
    'Објавите податке као CSV (Отвори то ради подразумевано) или питајте администратора портала које врсте датотека прима.',
  'help.error.PORTAL_TOO_LARGE.why':
    'Датотека је већа од онога што портал или мрежа града пропушта.',
  'help.error.PORTAL_TOO_LARGE.do':
    'Уклоните непотребне колоне или поделите податке по периодима, па покушајте поново. Ако се понавља, обратите се ИТ служби.',
  'help.error.PORTAL_DOWN.why':
    'Портал тренутно није доступан или мрежа не пропушта везу (прокси, заштитни зид).',
  'help.error.PORTAL_DOWN.do':
    'Покушајте поново касније; све што је урађено је сачувано. Ако други сајтови раде, проверите подешавања проксија на екрану „Портал“.',
  'help.error.PORTAL_TIMEOUT.why':
    'Портал није одговорио на време, обично због споре везе или великог оптерећења.',
  'help.error.PORTAL_TIMEOUT.do':
    'Покушајте поново. Отвори наставља тамо где је стао и не прави други скуп података.',
  'help.error.PORTAL_NOT_FOUND.why':
    'Скуп података или ресурс који је Отвори запамтио више не постоји на порталу.',
  'help.error.PORTAL_NOT_FOUND.do':
    'Проверите на порталу да ли је скуп обрисан или премештен; поновно објављивање ће га направити изнова.',
  'help.error.PORTAL_GONE.why': 'Скуп података је обрисан на порталу.',
  'help.error.PORTAL_GONE.do':
    'Ако је брисање било грешка, обратите се администратору портала; иначе објавите поново као нов скуп.',
  'help.error.PORTAL_READ_ONLY.why':
    'Портал је привремено у режиму само за читање, најчешће због одржавања.',
  'help.error.PORTAL_READ_ONLY.do':
    'Сачекајте и покушајте касније; објава је сачувана и наставиће се.',
  'help.error.PORTAL_SERVER_ERROR.why': 'На порталу се догодила грешка која не зависи од вас.',
  'help.error.PORTAL_SERVER_ERROR.do':
    'Покушајте поново за неколико минута. Ако се понавља, пошаљите ИТ служби време и назив објаве из регистра.',
  'help.error.PORTAL_CHECKSUM_MISMATCH.why':
    'Датотека на порталу се разликује од послате, па објава није потврђена.',
  'help.error.PORTAL_CHECKSUM_MISMATCH.do':
    'Објавите поново: Отвори ће поново послати исту датотеку у исти ресурс и проверити је.',
  'help.error.PORTAL_UNEXPECTED.why':
    'Портал је одговорио на начин који Отвори не препознаје, можда због промене на порталу.',
  'help.error.PORTAL_UNEXPECTED.do':
    'Покушајте поново касније и обавестите ИТ службу ако се понавља.',
  'help.error.PORTAL_NOT_CONNECTED.why': 'Отвори још није повезан ни са једним порталом.',
  'help.error.PORTAL_NOT_CONNECTED.do':
    'Отворите екран „Портал“ и унесите API кључ са data.gov.rs или укључите Вежбаоницу.',
  'help.error.PORTAL_NOT_ALLOWED.why':
    'Подешавања ИТ службе не дозвољавају овај портал, организацију или Вежбаоницу.',
  'help.error.PORTAL_NOT_ALLOWED.do':
    'Изаберите дозвољени портал или организацију, или замолите ИТ службу да промени подешавања.',
  'help.error.SECRET_STORAGE_UNAVAILABLE.why':
    'Оперативни систем не нуди заштићено чување, па API кључ не може безбедно да се сачува.',
  'help.error.SECRET_STORAGE_UNAVAILABLE.do':
    'Обратите се ИТ служби: на Windows-у је потребна пријава на ваш кориснички налог.',
  'help.error.PUBLISH_BUSY.why': 'Ова објава се већ шаље у другом прозору или кораку.',
  'help.error.PUBLISH_BUSY.do': 'Сачекајте да се слање заврши и погледајте резултат у регистру.',
} as const;

export const helpPortalSrLatn: { readonly [K in keyof typeof helpPortalSrCyrl]: string } = {
  'help.error.PORTAL_KEY_INVALID.why':
    'Portal nije prihvatio API ključ: pogrešno je kopiran, u međuvremenu je napravljen novi ili je nalog isključen.',
  'help.error.PORTAL_KEY_INVALID.do':
    'Na data.gov.rs otvorite svoj profil, kopirajte API ključ celog i ponovo ga unesite na ekranu „Portal“.',
  'help.error.PORTAL_NO_PERMISSION.why':
    'Vaš nalog nema pravo da objavljuje za izabranu organizaciju.',
  'help.error.PORTAL_NO_PERMISSION.do':
    'Izaberite organizaciju u kojoj ste član ili zamolite administratora organizacije na portalu da vas doda.',
  'help.error.PORTAL_FIELD_REJECTED.why':
    'Portal je odbio neka polja opisa (metapodataka), na primer predugačak naslov ili nepoznatu licencu.',
  'help.error.PORTAL_FIELD_REJECTED.do':
    'Vratite se na korak „Opis skupa podataka“, ispravite označena polja i ponovo objavite; ništa neće biti udvostručeno.',
  'help.error.PORTAL_FILE_TYPE_NOT_ALLOWED.why': 'Portal ne prima datoteke ovog tipa.',
  'help.error.PORTAL_FILE_TYPE_NOT_ALLOWED.do':
    'Objavite podatke kao CSV (Otvori to radi podrazumevano) ili pitajte administratora portala koje vrste datoteka prima.',
  'help.error.PORTAL_TOO_LARGE.why':
    'Datoteka je veća od onoga što portal ili mreža grada propušta.',
  'help.error.PORTAL_TOO_LARGE.do':
    'Uklonite nepotrebne kolone ili podelite podatke po periodima, pa pokušajte ponovo. Ako se ponavlja, obratite se IT službi.',
  'help.error.PORTAL_DOWN.why':
    'Portal trenutno nije dostupan ili mreža ne propušta vezu (proksi, zaštitni zid).',
  'help.error.PORTAL_DOWN.do':
    'Pokušajte ponovo kasnije; sve što je urađeno je sačuvano. Ako drugi sajtovi rade, proverite podešavanja proksija na ekranu „Portal“.',
  'help.error.PORTAL_TIMEOUT.why':
    'Portal nije odgovorio na vreme, obično zbog spore veze ili velikog opterećenja.',
  'help.error.PORTAL_TIMEOUT.do':
    'Pokušajte ponovo. Otvori nastavlja tamo gde je stao i ne pravi drugi skup podataka.',
  'help.error.PORTAL_NOT_FOUND.why':
    'Skup podataka ili resurs koji je Otvori zapamtio više ne postoji na portalu.',
  'help.error.PORTAL_NOT_FOUND.do':
    'Proverite na portalu da li je skup obrisan ili premešten; ponovno objavljivanje će ga napraviti iznova.',
  'help.error.PORTAL_GONE.why': 'Skup podataka je obrisan na portalu.',
  'help.error.PORTAL_GONE.do':
    'Ako je brisanje bilo greška, obratite se administratoru portala; inače objavite ponovo kao nov skup.',
  'help.error.PORTAL_READ_ONLY.why':
    'Portal je privremeno u režimu samo za čitanje, najčešće zbog održavanja.',
  'help.error.PORTAL_READ_ONLY.do':
    'Sačekajte i pokušajte kasnije; objava je sačuvana i nastaviće se.',
  'help.error.PORTAL_SERVER_ERROR.why': 'Na portalu se dogodila greška koja ne zavisi od vas.',
  'help.error.PORTAL_SERVER_ERROR.do':
    'Pokušajte ponovo za nekoliko minuta. Ako se ponavlja, pošaljite IT službi vreme i naziv objave iz registra.',
  'help.error.PORTAL_CHECKSUM_MISMATCH.why':
    'Datoteka na portalu se razlikuje od poslate, pa objava nije potvrđena.',
  'help.error.PORTAL_CHECKSUM_MISMATCH.do':
    'Objavite ponovo: Otvori će ponovo poslati istu datoteku u isti resurs i proveriti je.',
  'help.error.PORTAL_UNEXPECTED.why':
    'Portal je odgovorio na način koji Otvori ne prepoznaje, možda zbog promene na portalu.',
  'help.error.PORTAL_UNEXPECTED.do':
    'Pokušajte ponovo kasnije i obavestite IT službu ako se ponavlja.',
  'help.error.PORTAL_NOT_CONNECTED.why': 'Otvori još nije povezan ni sa jednim portalom.',
  'help.error.PORTAL_NOT_CONNECTED.do':
    'Otvorite ekran „Portal“ i unesite API ključ sa data.gov.rs ili uključite Vežbaonicu.',
  'help.error.PORTAL_NOT_ALLOWED.why':
    'Podešavanja IT službe ne dozvoljavaju ovaj portal, organizaciju ili Vežbaonicu.',
  'help.error.PORTAL_NOT_ALLOWED.do':
    'Izaberite dozvoljeni portal ili organizaciju, ili zamolite IT službu da promeni podešavanja.',
  'help.error.SECRET_STORAGE_UNAVAILABLE.why':
    'Operativni sistem ne nudi zaštićeno čuvanje, pa API ključ ne može bezbedno da se sačuva.',
  'help.error.SECRET_STORAGE_UNAVAILABLE.do':
    'Obratite se IT službi: na Windows-u je potrebna prijava na vaš korisnički nalog.',
  'help.error.PUBLISH_BUSY.why': 'Ova objava se već šalje u drugom prozoru ili koraku.',
  'help.error.PUBLISH_BUSY.do': 'Sačekajte da se slanje završi i pogledajte rezultat u registru.',
};

export const helpPortalEn: { readonly [K in keyof typeof helpPortalSrCyrl]: string } = {
  'help.error.PORTAL_KEY_INVALID.why':
    'The portal did not accept the API key: it was copied wrongly, a new one was generated since, or the account is disabled.',
  'help.error.PORTAL_KEY_INVALID.do':
    'Open your profile on data.gov.rs, copy the whole API key and enter it again on the “Portal” screen.',
  'help.error.PORTAL_NO_PERMISSION.why':
    'Your account may not publish for the chosen organization.',
  'help.error.PORTAL_NO_PERMISSION.do':
    "Choose an organization you are a member of, or ask the organization's administrator on the portal to add you.",
  'help.error.PORTAL_FIELD_REJECTED.why':
    'The portal rejected some description (metadata) fields, for example a title that is too long or an unknown license.',
  'help.error.PORTAL_FIELD_REJECTED.do':
    'Go back to the “Describe the dataset” step, fix the marked fields and publish again; nothing will be duplicated.',
  'help.error.PORTAL_FILE_TYPE_NOT_ALLOWED.why': 'The portal does not accept files of this type.',
  'help.error.PORTAL_FILE_TYPE_NOT_ALLOWED.do':
    "Publish the data as CSV (Otvori's default) or ask the portal's administrator which file types it accepts.",
  'help.error.PORTAL_TOO_LARGE.why':
    "The file is larger than the portal or the city's network lets through.",
  'help.error.PORTAL_TOO_LARGE.do':
    'Remove columns nobody needs or split the data by period, then try again. If it keeps happening, contact IT.',
  'help.error.PORTAL_DOWN.why':
    'The portal cannot be reached now, or the network blocks the connection (proxy, firewall).',
  'help.error.PORTAL_DOWN.do':
    'Try again later; everything done so far is saved. If other sites work, check the proxy settings on the “Portal” screen.',
  'help.error.PORTAL_TIMEOUT.why':
    'The portal did not answer in time, usually because of a slow connection or heavy load.',
  'help.error.PORTAL_TIMEOUT.do':
    'Try again. Otvori resumes where it stopped and does not create a second dataset.',
  'help.error.PORTAL_NOT_FOUND.why':
    'The dataset or resource Otvori remembered no longer exists on the portal.',
  'help.error.PORTAL_NOT_FOUND.do':
    'Check on the portal whether it was deleted or moved; publishing again creates it anew.',
  'help.error.PORTAL_GONE.why': 'The dataset was deleted on the portal.',
  'help.error.PORTAL_GONE.do':
    "If deleting it was a mistake, contact the portal's administrator; otherwise publish again as a new dataset.",
  'help.error.PORTAL_READ_ONLY.why':
    'The portal is temporarily read-only, usually for maintenance.',
  'help.error.PORTAL_READ_ONLY.do': 'Wait and try later; the publication is saved and will resume.',
  'help.error.PORTAL_SERVER_ERROR.why': 'Something failed on the portal; it is not caused by you.',
  'help.error.PORTAL_SERVER_ERROR.do':
    "Try again in a few minutes. If it keeps happening, send IT the time and the publication's name from the register.",
  'help.error.PORTAL_CHECKSUM_MISMATCH.why':
    'The file on the portal differs from the one sent, so the publication was not confirmed.',
  'help.error.PORTAL_CHECKSUM_MISMATCH.do':
    'Publish again: Otvori sends the same file to the same resource and checks it again.',
  'help.error.PORTAL_UNEXPECTED.why':
    'The portal answered in a way Otvori does not recognise, perhaps after a change on the portal.',
  'help.error.PORTAL_UNEXPECTED.do': 'Try again later and tell IT if it keeps happening.',
  'help.error.PORTAL_NOT_CONNECTED.why': 'Otvori is not connected to any portal yet.',
  'help.error.PORTAL_NOT_CONNECTED.do':
    'Open the “Portal” screen and enter the API key from data.gov.rs, or turn on the training portal.',
  'help.error.PORTAL_NOT_ALLOWED.why':
    "IT's settings do not allow this portal, organization or the training portal.",
  'help.error.PORTAL_NOT_ALLOWED.do':
    'Choose an allowed portal or organization, or ask IT to change the settings.',
  'help.error.SECRET_STORAGE_UNAVAILABLE.why':
    'The operating system offers no protected storage, so the API key cannot be kept safely.',
  'help.error.SECRET_STORAGE_UNAVAILABLE.do':
    'Contact IT: on Windows you need to be signed in to your own user account.',
  'help.error.PUBLISH_BUSY.why':
    'This publication is already being sent from another window or step.',
  'help.error.PUBLISH_BUSY.do': 'Wait for the upload to finish and see the result on the register.',
};
