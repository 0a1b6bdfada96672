export * from './case-state-record';
export * from './write-case-state';
export * from './records/complaint-record';
export * from './records/return-record';
export * from './records/follow-up-record';
export * from './rebuild-read-model';
