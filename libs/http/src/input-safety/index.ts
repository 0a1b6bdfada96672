export * from './json-depth';
export * from './json-body-parser';
export * from './unsafe-values';
export * from './refuse-unsafe-input';
