import * as migration_20261125_194101_initial from './20261125_194101_initial';
import * as migration_20261125_200920_partner_api from './20261125_200920_partner_api';

export const migrations = [
  {
    up: migration_20261125_194101_initial.up,
    down: migration_20261125_194101_initial.down,
    name: '20261125_194101_initial',
  },
  {
    up: migration_20261125_200920_partner_api.up,
    down: migration_20261125_200920_partner_api.down,
    name: '20261125_200920_partner_api'
  },
];
