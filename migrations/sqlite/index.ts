import * as migration_20261125_194101_initial from './20261125_194101_initial';

export const migrations = [
  {
    up: migration_20261125_194101_initial.up,
    down: migration_20261125_194101_initial.down,
    name: '20261125_194101_initial'
  },
];
