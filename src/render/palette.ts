/** Okabe–Ito: distinguishable with the common forms of colour blindness; charts and diagrams share it. */
export const okabeIto = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;
