export * from './errors';
export * from './models';
export * from './channels';
export * from './events';
export * from './api';
export * from './read-options';
export * from './job-preview';
