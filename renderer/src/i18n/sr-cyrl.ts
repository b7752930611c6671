/**
 * Serbian, Cyrillic script: the default locale and the source of the key set (see dictionary.ts).
 * sr-latn.ts is a faithful transliteration of this file, written out (never generated at runtime):
 * change both together.
 * Placeholders `{name}` are filled by `t`; numbers are formatted per locale before they go in.
 */
import type { Message } from './dictionary';
import { helpPortalSrCyrl } from './messages/help-portal';
import { metadataSrCyrl } from './messages/metadata';
import { publishSrCyrl } from './messages/publish';
import { privacySrCyrl } from './messages/privacy';
import { importSrCyrl } from './messages/import';
import { recipeSrCyrl } from './messages/recipe';
import { previewSrCyrl } from './messages/preview';
import { homeSrCyrl } from './messages/home';
import { helpSrCyrl } from './messages/help';
import { reviewSrCyrl } from './messages/review';

export const srCyrl = {
  ...metadataSrCyrl,
  ...helpPortalSrCyrl,
  ...publishSrCyrl,
  ...reviewSrCyrl,
  ...privacySrCyrl,
  ...importSrCyrl,
  ...recipeSrCyrl,
  ...previewSrCyrl,
  ...homeSrCyrl,
  ...helpSrCyrl,
  'app.name': 'Отвори',
  'app.documentTitle': 'Отвори: табеле као отворени подаци',
  'app.skipToContent': 'Пређи на главни садржај',
  'app.loading': 'Учитавање…',
  'app.tagline': 'Табеле Града Панчева као отворени подаци',

  'locale.label': 'Језик и писмо',

  'about.button': 'О програму',
  'about.title': 'О програму Отвори',
  'about.version': 'Верзија',
  'about.buildDate': 'Датум израде',
  'about.unknown': 'непознато',
  'about.dataDir': 'Фасцикла са подацима',
  'about.portal': 'Портал за објављивање',
  'about.policy': 'Подешавања ИТ службе',
  'about.policyNone':
    'ИТ служба није поставила подешавања на овом рачунару, па важе подразумевана.',
  'about.policySource': 'Датотека са подешавањима: {path}',
  'about.fixedTitle': 'Подешавања која је одредила ИТ служба (не можете их мењати)',
  'about.fixedNone': 'Ниједно.',
  'about.field.portalUrl': 'Портал за објављивање',
  'about.field.allowedPortals': 'Дозвољени портали',
  'about.field.organization': 'Организација на порталу',
  'about.field.proxy': 'Прокси сервер',
  'about.field.updates': 'Ажурирања',
  'about.field.updateUrl': 'Сервер за ажурирања',
  'about.field.trainingPortal': 'Вежбаоница',
  'about.field.defaultLocale': 'Подразумевани језик',
  'about.errorsTitle':
    'Део подешавања ИТ службе није могао да се примени. Покажите ову поруку ИТ служби:',
  'about.privacy':
    'Отвори не шаље податке о коришћењу. Са овог рачунара одлази само оно што сами објавите на портал.',
  'about.close': 'Затвори',

  'journey.label': 'Кораци',
  'journey.stepNumber': 'Корак {number}',
  'journey.step.open': 'Отварање табеле',
  'journey.step.clean': 'Сређивање',
  'journey.step.protect': 'Заштита личних података',
  'journey.step.describe': 'Опис скупа података',
  'journey.step.review': 'Провера',
  'journey.step.publish': 'Провера и објављивање',
  'journey.step.view': 'Преглед и извоз',
  'journey.status.done': 'завршено',
  'journey.status.current': 'тренутни корак',
  'journey.status.upcoming': 'следи',

  'open.title': 'Отворите табелу',
  'open.purpose':
    'Отвори вам помаже да табелу из Excel-а или LibreOffice-а безбедно објавите као отворене податке Града Панчева на порталу data.gov.rs.',
  'open.safety': 'Оригинална датотека се никада не мења.',
  'open.fileButton': 'Отвори датотеку',
  'open.dropHint': 'Превуците датотеку у ово поље или је изаберите дугметом.',
  'open.dropActive': 'Пустите датотеку да бисте је отворили.',
  'open.formats':
    'Подржани формати: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) и текстуалне табеле (.csv, .tsv, .txt).',
  'open.fileInputLabel': 'Изаберите датотеку са табелом',
  'open.sampleTitle': 'Први пут овде?',
  'open.sampleText': 'Пробајте на примеру регистра са измишљеним подацима.',
  'open.sampleButton': 'Отвори пример регистра',
  'open.cancelled': 'Отварање је отказано.',

  'recent.title': 'Недавно отваране датотеке',
  'recent.empty': 'Још нисте отворили ниједну датотеку.',
  'recent.openedAt': 'отворено {date}',
  'recent.unavailable': 'Није доступна: датотека је премештена или обрисана.',

  'progress.title': 'Отварање датотеке',
  'progress.sampleName': 'Пример регистра',
  'progress.phasesLabel': 'Фазе отварања',
  'progress.phase.uploading': 'Слање датотеке програму',
  'progress.phase.checking': 'Провера датотеке',
  'progress.phase.reading': 'Читање датотеке',
  'progress.phase.parsing': 'Препознавање табеле',
  'progress.phase.building': 'Припрема табеле за приказ',
  'progress.phase.done': 'Готово',
  'progress.status.done': 'готово',
  'progress.status.current': 'у току',
  'progress.status.pending': 'следи',
  'progress.barLabel': 'Напредак: {phase}',
  'progress.inProgress': 'У току…',
  'progress.bytesOf': 'Обрађено: {done} од {total}',
  'progress.bytesDone': 'Обрађено: {done}',
  'progress.rowsOf': 'Редова: {done} од {total}',
  'progress.rowsDone': 'Редова: {done}',
  'progress.elapsed': 'Протекло време: {time}',
  'progress.remaining': 'Преостало: око {time}',
  'progress.remainingUnknown': 'Преостало време се процењује…',
  'progress.cancel': 'Откажи',
  'progress.cancelHint': 'Оригинална датотека остаје нетакнута.',

  'table.format': 'Формат',
  'table.sheet': 'Лист',
  'table.size': 'Величина',
  'table.sheets': 'Листови у датотеци',
  'table.sheetShown': 'приказан',
  'table.sheetHidden': 'скривен',
  'table.gridLabel': 'Подаци из датотеке {name}',
  'table.rowNumber': 'Ред',
  'table.rowNumberLabel': 'Број реда',
  'table.loadingCell': 'учитава се',
  'table.emptyCell': 'празно',
  'table.noRows': 'Табела нема ниједан ред са подацима.',
  'table.gridHelp':
    'Кликните у табелу или дођите до ње тастером Tab, па се крећите стрелицама. Page Up и Page Down прелазе по екран, Home и End на почетак и крај реда, Ctrl+Home и Ctrl+End на почетак и крај табеле.',
  'table.close': 'Затвори датотеку',

  'type.text': 'Текст',
  'type.integer': 'Цео број',
  'type.decimal': 'Децимални број',
  'type.date': 'Датум',
  'type.datetime': 'Датум и време',
  'type.boolean': 'Да/Не',
  'type.empty': 'Празна колона',
  'type.label': 'Врста података: {type}',

  'value.true': 'Да',
  'value.false': 'Не',

  'format.xlsx': 'Excel радна свеска (.xlsx)',
  'format.xlsm': 'Excel радна свеска са макроима (.xlsm)',
  'format.xls': 'Старији Excel (.xls)',
  'format.ods': 'LibreOffice табела (.ods)',
  'format.csv': 'Текстуална табела (CSV)',

  'export.title': 'Извоз',
  'export.button': 'Извези CSV (UTF-8)',
  'export.busy': 'Извоз у току…',
  'export.bom': 'Додај BOM за Excel',
  'export.bomHint':
    'Укључите ако ће се датотека отварати у Excel-у: тада ће он исправно приказати ћирилицу и слова č, ć, ž, š, đ.',
  'export.saved': 'Сачувано: {name} ({size}).',
  'export.downloaded':
    'Преузимање је покренуто: {name} ({size}). Датотеку ћете наћи у фасцикли за преузимања.',
  'export.cancelled': 'Извоз је отказан; ништа није сачувано.',

  'error.title': 'Није успело',
  'error.dismiss': 'Затвори обавештење',
  'error.code': 'Ознака за ИТ подршку: {code}',
  'error.offline':
    'Веза са програмом Отвори је прекинута. Проверите да ли је Отвори још покренут, па освежите ову страницу.',
  'error.INVALID_REQUEST':
    'Програм је добио захтев који не разуме. Покушајте поново; ако се понови, јавите се ИТ служби.',
  'error.UNKNOWN_CHANNEL':
    'Овај екран и програм Отвори нису исте верзије. Затворите и поново покрените Отвори; ако се понови, јавите се ИТ служби.',
  'error.FORBIDDEN':
    'Ова страница нема дозволу да користи Отвори. Затворите је и отворите Отвори поново преко адресе коју је програм исписао при покретању.',
  'error.NOT_FOUND':
    'Тражена датотека или табела више не постоји: можда је премештена, обрисана или већ затворена. Отворите датотеку поново.',
  'error.FILE_TOO_LARGE':
    'Датотека је превелика за Отвори. Поделите табелу на мање делове (на пример по годинама) или обришите колоне и листове који вам не требају, па покушајте поново.',
  'error.FILE_UNREADABLE':
    'Датотека не може да се прочита. Проверите да није отворена у другом програму и да имате право да је читате, па покушајте поново.',
  'error.FILE_UNSUPPORTED':
    'Ово није табела коју Отвори уме да прочита. Отворите је у Excel-у или LibreOffice-у, сачувајте као .xlsx, .ods или .csv, па је отворите овде.',
  'error.FILE_ENCRYPTED':
    'Датотека је заштићена лозинком. Отворите је у Excel-у, уклоните лозинку и сачувајте копију, па је отворите овде.',
  'error.FILE_CORRUPT':
    'Датотека је оштећена или није сачувана до краја. Отворите је у Excel-у или LibreOffice-у, сачувајте копију, па је отворите овде.',
  'error.FILE_SUSPICIOUS':
    'Датотека изгледа сумњиво (кад се распакује, много је већа него што би требало), па је Отвори из безбедносних разлога није отворио. Ако знате одакле је, отворите је у Excel-у и сачувајте као нову датотеку; ако не знате, јавите се ИТ служби.',
  'error.FILE_EMPTY':
    'У датотеци нема табеле са подацима. Проверите да ли сте изабрали праву датотеку и да подаци нису на скривеном листу.',
  'error.READ_TIMEOUT':
    'Читање датотеке је трајало предуго, па је прекинуто. Поделите табелу на мање делове или је сачувајте као .csv, па покушајте поново.',
  'error.READ_OUT_OF_MEMORY':
    'За читање ове датотеке потребно је више меморије него што Отвори сме да користи. Поделите табелу на мање делове или обришите непотребне листове и колоне, па покушајте поново.',
  'error.CANCELLED': 'Радња је отказана. Можете да почнете поново кад год желите.',
  'error.NOT_SUPPORTED':
    'Ова радња овде није доступна. Датотеку отворите дугметом „Отвори датотеку“ или је превуците у поље за отварање.',
  'error.STORAGE_FAILED':
    'Отвори не може да сачува своје податке на диску. Проверите да ли на диску има слободног места, затворите и поново покрените Отвори; ако се понови, јавите се ИТ служби.',
  'error.INTERNAL':
    'Дошло је до неочекиване грешке у програму. Покушајте поново; ако се понови, затворите и поново покрените Отвори и јавите се ИТ служби.',
  'errorDetail.FILE_TOO_LARGE': 'Ова датотека има {size}, а дозвољено је највише {limit}.',
  'errorDetail.FILE_TOO_LARGE_LIMIT': 'Највише је дозвољено {limit}.',
  'errorDetail.READ_OUT_OF_MEMORY': 'Граница је {megabytes}\u00a0MB.',
  'errorDetail.READ_TIMEOUT': {
    one: 'Граница је {count} секунда.',
    few: 'Граница је {count} секунде.',
    other: 'Граница је {count} секунди.',
  },

  'count.rows': { one: '{count}\u00a0ред', few: '{count}\u00a0реда', other: '{count}\u00a0редова' },
  'count.columns': {
    one: '{count}\u00a0колона',
    few: '{count}\u00a0колоне',
    other: '{count}\u00a0колона',
  },
  'count.bytes': {
    one: '{count}\u00a0бајт',
    few: '{count}\u00a0бајта',
    other: '{count}\u00a0бајтова',
  },

  'size.kilobytes': '{value}\u00a0KB',
  'size.megabytes': '{value}\u00a0MB',
  'size.gigabytes': '{value}\u00a0GB',
} as const satisfies Record<string, Message>;
