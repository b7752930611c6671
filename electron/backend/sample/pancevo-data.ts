/**
 * Word lists for the synthetic Pančevo register. Given names and surnames are the most frequent
 * ones in Serbia and Vojvodina, plus names of Pančevo's Hungarian, Slovak, Romanian and
 * Macedonian communities (serbian-pii.md §2.1), so a made-up row never describes a real person
 * more than any common name does. Streets are public street names of Pančevo and common ones of
 * Banat towns (serbian-pii.md §2.4); house numbers are random.
 */

export const FEMALE_NAMES = [
  'Jelena',
  'Milica',
  'Marija',
  'Dragana',
  'Mirjana',
  'Ljiljana',
  'Snežana',
  'Ivana',
  'Gordana',
  'Ana',
  'Sofija',
  'Dunja',
  'Teodora',
  'Nađa',
  'Zuzana',
  'Eva',
  'Katarína',
] as const;

export const MALE_NAMES = [
  'Dragan',
  'Aleksandar',
  'Milan',
  'Nikola',
  'Zoran',
  'Marko',
  'Miloš',
  'Goran',
  'Dejan',
  'Dušan',
  'Luka',
  'Lazar',
  'Stefan',
  'Bogdan',
  'Filip',
  'Pavel',
  'Ján',
  'Miroslav',
] as const;

export interface Surname {
  readonly male: string;
  readonly female: string;
  /** Serbian surnames are written in both scripts; minority surnames in Latin only. */
  readonly serbian: boolean;
}

const serbian = (name: string): Surname => ({ male: name, female: name, serbian: true });

export const SURNAMES: readonly Surname[] = [
  ...[
    'Jovanović',
    'Petrović',
    'Nikolić',
    'Marković',
    'Đorđević',
    'Stojanović',
    'Ilić',
    'Stanković',
    'Pavlović',
    'Milošević',
    'Popović',
    'Kovačević',
    'Kovač',
    'Savić',
    'Lukić',
    'Mitrović',
  ].map(serbian),
  { male: 'Nagy', female: 'Nagy', serbian: false },
  { male: 'Kovács', female: 'Kovács', serbian: false },
  { male: 'Tóth', female: 'Tóth', serbian: false },
  { male: 'Hudec', female: 'Hudecová', serbian: false },
  { male: 'Novák', female: 'Nováková', serbian: false },
  { male: 'Popescu', female: 'Popescu', serbian: false },
  { male: 'Stoica', female: 'Stoica', serbian: false },
  { male: 'Trajkovski', female: 'Trajkovska', serbian: false },
];

/** Settlements of the City of Pančevo, weighted roughly by population. */
export const SETTLEMENTS: readonly (readonly [string, number])[] = [
  ['Pančevo', 55],
  ['Starčevo', 6],
  ['Omoljica', 5],
  ['Banatski Brestovac', 3],
  ['Banatsko Novo Selo', 5],
  ['Dolovo', 4],
  ['Glogonj', 3],
  ['Jabuka', 5],
  ['Kačarevo', 6],
  ['Ivanovo', 2],
];

export const CITY_STREETS = [
  'Trg kralja Petra I',
  'Vojvode Radomira Putnika',
  'Svetozara Miletića',
  'Jabučki put',
  'Njegoševa',
  'Žarka Zrenjanina',
  'Karađorđeva',
  'Cara Dušana',
  'Nikole Tesle',
  'Vojvode Stepe',
  'Dimitrija Tucovića',
  'Braće Jovanović',
  'Zmaj Jovina',
  'Dositejeva',
  'Branka Radičevića',
  'Vuka Karadžića',
  'Maksima Gorkog',
  'Masarikova',
  'Ivana Milutinovića',
  'Stevana Šupljikca',
] as const;

export const VILLAGE_STREETS = [
  'Glavna',
  'Vojvode Mišića',
  'Partizanska',
  'Školska',
  'Nikole Tesle',
  'Proleterska',
  'Maršala Tita',
  'Svetog Save',
  'Kralja Petra I',
  'Njegoševa',
] as const;

export const NOTES = [
  'Jednokratna pomoć',
  'Porodica sa troje dece',
  'Samohrani roditelj',
  'Korisnik tuđe nege i pomoći',
  'Rešenje produženo',
  'Pomoć za ogrev',
  'Zahtev podnet lično',
  'Потребна допуна документације',
  'Ванредна помоћ',
] as const;

/** Notes with a line break inside, as clerks type them with Alt+Enter. */
export const MULTILINE_NOTES = [
  'Rešenje produženo.\nSledeća provera za 6 meseci.',
  'Dostaviti:\n- potvrdu o prihodima\n- izvod iz matične knjige',
  'Захтев поднет поштом;\nкорисник обавештен телефоном.',
] as const;
