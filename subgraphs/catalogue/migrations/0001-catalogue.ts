import { PortableMigration } from '../../../lib/portable-migration';

/*
 * Enum value lists are written out rather than imported: a migration is a snapshot of the schema
 * on the day it was written, and must not change when the code's enums later do.
 */
const LEVELS = ['PREFECTURE', 'CITY', 'TOWN', 'COMMUNITY'];
const DEPARTMENT_KINDS = [
  'GOVERNMENT_DEPARTMENT',
  'VERTICALLY_MANAGED',
  'PUBLIC_INSTITUTION',
  'PEOPLES_ORGANISATION',
  'TOWN_GOVERNMENT',
  'COMMUNITY_COMMITTEE',
];
const ZONE_THEMES = [
  'ENTERPRISE_AFFAIRS',
  'INVESTMENT_APPROVAL',
  'LIVELIHOOD_AFFAIRS',
  'BUSINESS_CENTRE',
  'PUBLIC_RESOURCE_TRADING',
];
const ITEM_TYPES = [
  'ADMINISTRATIVE_LICENCE',
  'ADMINISTRATIVE_PENALTY',
  'ADMINISTRATIVE_ENFORCEMENT',
  'ADMINISTRATIVE_LEVY',
  'ADMINISTRATIVE_PAYMENT',
  'ADMINISTRATIVE_CONFIRMATION',
  'ADMINISTRATIVE_REWARD',
  'ADMINISTRATIVE_ADJUDICATION',
  'OTHER_ADMINISTRATIVE_POWER',
  'PUBLIC_SERVICE',
];
const DECIDING_SYSTEMS = [
  'FORESTRY_HARVEST',
  'FORESTRY_TRANSPORT',
  'FORESTRY_LAND_USE',
  'HEALTH_INSURANCE',
  'PENSIONS',
  'PARTY_BUILDING',
  'NONE',
];

/** The catalogue's first schema: divisions, departments, the hall, versioned items, authorisations, calendar. */
export class CatalogueSchema extends PortableMigration {
  async up(): Promise<void> {
    this.schema((schema) =>
      schema
        .createTable('administrative_division', (t) => {
          t.string('code', 20).primary();
          t.string('name', 100).notNullable();
          t.enu('level', LEVELS).notNullable();
          t.string('parent_code', 20).nullable().references('code').inTable('administrative_division');
        })
        .createTable('department', (t) => {
          t.string('code', 40).primary();
          t.string('name', 100).notNullable();
          t.string('short_name', 40).notNullable();
          t.enu('kind', DEPARTMENT_KINDS).notNullable();
          t.string('division_code', 20).notNullable().references('code').inTable('administrative_division');
        })
        .createTable('hall_zone', (t) => {
          t.string('code', 40).primary();
          t.string('name', 100).notNullable();
          t.string('hall', 100).notNullable();
          t.integer('floor').nullable();
          t.string('position', 100).notNullable();
          t.enu('theme', ZONE_THEMES).nullable();
        })
        .createTable('service_window', (t) => {
          t.string('code', 40).primary();
          t.string('name', 100).notNullable();
          t.enu('kind', ['COMPREHENSIVE', 'DEPARTMENT']).notNullable();
          t.string('zone_code', 40).notNullable().references('code').inTable('hall_zone');
          t.string('department_code', 40).nullable().references('code').inTable('department');
        })
        .createTable('service_item', (t) => {
          t.increments('id').primary();
          t.string('code', 60).notNullable().index();
          t.integer('version').notNullable();
          t.boolean('current').notNullable().index();
          t.string('basic_code', 20).notNullable();
          t.string('name', 200).notNullable();
          t.enu('type', ITEM_TYPES).notNullable();
          t.string('department_code', 40).notNullable().references('code').inTable('department').index();
          t.enu('handling_mode', ['IMMEDIATE', 'PROMISED']).notNullable();
          t.integer('legal_time_limit').notNullable();
          t.integer('promised_time_limit').notNullable();
          t.boolean('fee_charged').notNullable();
          t.integer('fee_amount_fen').nullable();
          t.text('fee_basis').nullable();
          t.text('fee_note').notNullable();
          t.json('serves_applicant_types').notNullable();
          t.text('conditions').notNullable();
          t.text('legal_basis').notNullable();
          t.string('department_window_code', 40).notNullable().references('code').inTable('service_window');
          t.string('division_code', 20).notNullable().references('code').inTable('administrative_division');
          t.enu('online_depth', ['INFORMATION', 'FORM_DOWNLOAD', 'ONLINE_PRE_REVIEW', 'FULLY_ONLINE']).notNullable();
          t.enu('deciding_system', DECIDING_SYSTEMS).notNullable();
          t.boolean('high_volume_online').notNullable();
          t.integer('visits_required').notNullable();
          t.string('valid_from', 10).notNullable();
          t.string('valid_until', 10).nullable();
          t.string('retired_on', 10).nullable();
          t.text('version_note').notNullable();
          t.unique(['code', 'version']);
        })
        .createTable('service_item_deciding_department', (t) => {
          t.integer('service_item_id').notNullable().references('id').inTable('service_item').onDelete('CASCADE');
          t.string('department_code', 40).notNullable().references('code').inTable('department');
          t.primary(['service_item_id', 'department_code']);
        })
        .createTable('material', (t) => {
          t.increments('id').primary();
          t.integer('item_id').notNullable().references('id').inTable('service_item').onDelete('CASCADE').index();
          t.string('code', 10).notNullable();
          t.integer('position').notNullable();
          t.string('name', 200).notNullable();
          t.boolean('required').notNullable();
          t.text('legal_basis').notNullable();
          t.enu('source', ['APPLICANT', 'GOVERNMENT_ISSUED', 'THIRD_PARTY']).notNullable();
          t.enu('format', ['ORIGINAL', 'COPY', 'ORIGINAL_AND_COPY', 'ELECTRONIC']).notNullable();
          t.integer('copies').notNullable();
          t.enu('acceptance_method', ['PAPER', 'ELECTRONIC', 'PAPER_OR_ELECTRONIC']).notNullable();
          t.text('signature_rule').notNullable();
          t.string('blank_form', 200).nullable();
          t.text('instructions').notNullable();
          t.string('sample', 200).nullable();
          t.unique(['item_id', 'code']);
        })
        .createTable('process_step', (t) => {
          t.increments('id').primary();
          t.integer('item_id').notNullable().references('id').inTable('service_item').onDelete('CASCADE').index();
          t.integer('position').notNullable();
          t.string('name', 100).notNullable();
          t.string('actor', 100).notNullable();
          t.integer('working_days').notNullable();
          t.text('description').notNullable();
        })
        .createTable('authorisation', (t) => {
          t.increments('id').primary();
          t.string('department_code', 40).notNullable().references('code').inTable('department');
          t.string('window_code', 40).notNullable().references('code').inTable('service_window').index();
          t.string('item_code', 60).notNullable().index();
          t.string('granted_on', 10).notNullable();
          t.string('revoked_on', 10).nullable();
        })
        .createTable('calendar_notice', (t) => {
          t.integer('year').primary();
          t.string('title', 200).notNullable();
          t.string('document_number', 60).nullable();
          t.string('published_on', 10).notNullable();
        })
        .createTable('calendar_day', (t) => {
          t.string('date', 10).primary();
          t.integer('year').notNullable().references('year').inTable('calendar_notice').index();
          t.enu('kind', ['PUBLIC_HOLIDAY', 'WORKED_WEEKEND_DAY']).notNullable();
          t.string('festival', 40).notNullable();
        }),
    );
  }
}
