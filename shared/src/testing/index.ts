export * from './testDatabases';
export * from './startStack';
export * from './runOperation';
export * from './browser';
export * from './tryStartService';
export * from './startJwksServer';
export * from './scenarios';
export * from './startEntityOwner';
