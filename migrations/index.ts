import * as migration_20261123_202754_initial from './20261123_202754_initial';
import * as migration_20261125_032035_callbacks_seo_search from './20261125_032035_callbacks_seo_search';
import * as migration_20261130_062503_alert_banners from './20261130_062503_alert_banners';
import * as migration_20261130_071603_login_limit_per_client from './20261130_071603_login_limit_per_client';
import * as migration_20261130_091110_callback_email from './20261130_091110_callback_email';
import * as migration_20261130_092131_letter_builder from './20261130_092131_letter_builder';
import * as migration_20261130_092705_pages_nested_redirects_seo from './20261130_092705_pages_nested_redirects_seo';
import * as migration_20261130_094325_page_feedback_and_you_said_we_did from './20261130_094325_page_feedback_and_you_said_we_did';
import * as migration_20261130_095800_callback_inbox from './20261130_095800_callback_inbox';
import * as migration_20261130_235800_review_dates_owners from './20261130_235800_review_dates_owners';
import * as migration_20261130_235830_approvals from './20261130_235830_approvals';
import * as migration_20261130_235859_short_alert_banner from './20261130_235859_short_alert_banner';
import * as migration_20261130_235900_timeline_guides from './20261130_235900_timeline_guides';
import * as migration_20261130_235950_letter_texts from './20261130_235950_letter_texts';

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
    up: migration_20261130_092131_letter_builder.up,
    down: migration_20261130_092131_letter_builder.down,
    name: '20261130_092131_letter_builder',
  },
  {
    up: migration_20261130_092705_pages_nested_redirects_seo.up,
    down: migration_20261130_092705_pages_nested_redirects_seo.down,
    name: '20261130_092705_pages_nested_redirects_seo',
  },
  {
    up: migration_20261130_094325_page_feedback_and_you_said_we_did.up,
    down: migration_20261130_094325_page_feedback_and_you_said_we_did.down,
    name: '20261130_094325_page_feedback_and_you_said_we_did',
  },
  {
    up: migration_20261130_095800_callback_inbox.up,
    down: migration_20261130_095800_callback_inbox.down,
    name: '20261130_095800_callback_inbox',
  },
  {
    up: migration_20261130_235800_review_dates_owners.up,
    down: migration_20261130_235800_review_dates_owners.down,
    name: '20261130_235800_review_dates_owners',
  },
  {
    up: migration_20261130_235830_approvals.up,
    down: migration_20261130_235830_approvals.down,
    name: '20261130_235830_approvals',
  },
  {
    up: migration_20261130_235859_short_alert_banner.up,
    down: migration_20261130_235859_short_alert_banner.down,
    name: '20261130_235859_short_alert_banner',
  },
  {
    up: migration_20261130_235900_timeline_guides.up,
    down: migration_20261130_235900_timeline_guides.down,
    name: '20261130_235900_timeline_guides',
  },
  {
    up: migration_20261130_235950_letter_texts.up,
    down: migration_20261130_235950_letter_texts.down,
    name: '20261130_235950_letter_texts',
  },
];
