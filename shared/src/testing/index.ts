export * from './testDatabases';
export * from './startStack';
export * from './runOperation';
