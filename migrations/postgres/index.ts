import * as migration_20261201_204903_initial from './20261201_204903_initial';
import * as migration_20261201_204904_locale_parent_indexes from './20261201_204904_locale_parent_indexes';
import * as migration_20261201_224354_december_schema from './20261201_224354_december_schema';

export const migrations = [
  {
    up: migration_20261201_204903_initial.up,
    down: migration_20261201_204903_initial.down,
    name: '20261201_204903_initial',
  },
  {
    up: migration_20261201_204904_locale_parent_indexes.up,
    down: migration_20261201_204904_locale_parent_indexes.down,
    name: '20261201_204904_locale_parent_indexes',
  },
  {
    up: migration_20261201_224354_december_schema.up,
    down: migration_20261201_224354_december_schema.down,
    name: '20261201_224354_december_schema'
  },
];
