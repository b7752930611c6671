/**
 * Messages of the file preview on the opening screen (issue 3 §5): the first rows, shown while
 * the rest of a large file is still being read. Spread into sr-cyrl.ts, sr-latn.ts and en.ts.
 */

export const previewSrCyrl = {
  'preview.title': 'Први редови датотеке',
  'preview.hint':
    'Овако почиње датотека коју отварате. Табела са препознатим колонама биће спремна када читање заврши.',
};

type PreviewMessages = { readonly [K in keyof typeof previewSrCyrl]: string };

export const previewSrLatn: PreviewMessages = {
  'preview.title': 'Prvi redovi datoteke',
  'preview.hint':
    'Ovako počinje datoteka koju otvarate. Tabela sa prepoznatim kolonama biće spremna kada čitanje završi.',
};

export const previewEn: PreviewMessages = {
  'preview.title': 'First rows of the file',
  'preview.hint':
    'This is how the file you are opening begins. The table with recognised columns will be ready when reading is done.',
};
