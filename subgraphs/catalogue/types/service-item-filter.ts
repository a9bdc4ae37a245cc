import { Field, InputType } from 'type-graphql';
import { AdministrativeLevel, HandlingMode } from '../enums';

@InputType({ description: 'Narrows the item list; every given field must match.' })
export class ServiceItemFilter {
  @Field(() => String, { nullable: true, description: "Part of the item's name or code, e.g. 林木 or XK00001." })
  keyword?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the department responsible for the item.' })
  departmentCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the window where the item is applied for today (see ServiceItem.window).',
  })
  windowCode?: string | null;

  @Field(() => HandlingMode, { nullable: true, description: 'Immediate or promised items only.' })
  handlingMode?: HandlingMode | null;

  @Field(() => AdministrativeLevel, { nullable: true, description: 'Items implemented at this level only.' })
  level?: AdministrativeLevel | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only the pilot's high-volume fully-online items (true) or only the others (false).",
  })
  highVolumeOnline?: boolean | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Include items retired before today.' })
  includeRetired: boolean;
}
