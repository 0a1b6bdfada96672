// What every workflow shares: activity profiles, the action (update) helper and the refusal vocabulary.
export * from './activity-profiles';
export * from './case-actions';
export * from './refusals';
