import * as migration_20261125_194101_initial from './20261125_194101_initial';
import * as migration_20261125_200920_partner_api from './20261125_200920_partner_api';
import * as migration_20261125_211500_locale_parent_indexes from './20261125_211500_locale_parent_indexes';
import * as migration_20261125_215621_revision from './20261125_215621_revision';
import * as migration_20261201_215054_secaccess_sources_review_users_lockout from './20261201_215054_secaccess_sources_review_users_lockout';

export const migrations = [
  {
    up: migration_20261125_194101_initial.up,
    down: migration_20261125_194101_initial.down,
    name: '20261125_194101_initial',
  },
  {
    up: migration_20261125_200920_partner_api.up,
    down: migration_20261125_200920_partner_api.down,
    name: '20261125_200920_partner_api',
  },
  {
    up: migration_20261125_211500_locale_parent_indexes.up,
    down: migration_20261125_211500_locale_parent_indexes.down,
    name: '20261125_211500_locale_parent_indexes',
  },
  {
    up: migration_20261125_215621_revision.up,
    down: migration_20261125_215621_revision.down,
    name: '20261125_215621_revision',
  },
  {
    up: migration_20261201_215054_secaccess_sources_review_users_lockout.up,
    down: migration_20261201_215054_secaccess_sources_review_users_lockout.down,
    name: '20261201_215054_secaccess_sources_review_users_lockout'
  },
];
