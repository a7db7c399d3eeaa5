import * as migration_20261123_202754_initial from './20261123_202754_initial';
import * as migration_20261125_032035_callbacks_seo_search from './20261125_032035_callbacks_seo_search';
import * as migration_20261130_062503_alert_banners from './20261130_062503_alert_banners';
import * as migration_20261130_071603_login_limit_per_client from './20261130_071603_login_limit_per_client';
import * as migration_20261130_091110_callback_email from './20261130_091110_callback_email';
import * as migration_20261130_095800_callback_inbox from './20261130_095800_callback_inbox';

export const migrations = [
  {
    up: migration_20261123_202754_initial.up,
    down: migration_20261123_202754_initial.down,
    name: '20261123_202754_initial',
  },
  {
    up: migration_20261125_032035_callbacks_seo_search.up,
    down: migration_20261125_032035_callbacks_seo_search.down,
    name: '20261125_032035_callbacks_seo_search',
  },
  {
    up: migration_20261130_062503_alert_banners.up,
    down: migration_20261130_062503_alert_banners.down,
    name: '20261130_062503_alert_banners',
  },
  {
    up: migration_20261130_071603_login_limit_per_client.up,
    down: migration_20261130_071603_login_limit_per_client.down,
    name: '20261130_071603_login_limit_per_client',
  },
  {
    up: migration_20261130_091110_callback_email.up,
    down: migration_20261130_091110_callback_email.down,
    name: '20261130_091110_callback_email',
  },
  {
    up: migration_20261130_095800_callback_inbox.up,
    down: migration_20261130_095800_callback_inbox.down,
    name: '20261130_095800_callback_inbox'
  },
];
