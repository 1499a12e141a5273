import * as migration_20261125_194101_initial from './20261125_194101_initial';
import * as migration_20261125_200920_partner_api from './20261125_200920_partner_api';
import * as migration_20261125_211500_locale_parent_indexes from './20261125_211500_locale_parent_indexes';
import * as migration_20261125_215621_revision from './20261125_215621_revision';
import * as migration_20261201_224314_december_schema from './20261201_224314_december_schema';
import * as migration_20261201_235900_demo_content_2026_12 from './20261201_235900_demo_content_2026_12';

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
    up: migration_20261201_224314_december_schema.up,
    down: migration_20261201_224314_december_schema.down,
    name: '20261201_224314_december_schema'
  },
  {
    up: migration_20261201_235900_demo_content_2026_12.up,
    down: migration_20261201_235900_demo_content_2026_12.down,
    name: '20261201_235900_demo_content_2026_12',
  },
];
