import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, Ref } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { WindowKind } from '../enums';
import { Department } from './department';
import { HallZone } from './hall-zone';

@Directive('@key(fields: "code")')
@ObjectType({ description: "A window of a service hall: a comprehensive window or a department's own window." })
@Entity({ tableName: 'service_window' })
export class Window {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, {
    description: 'Window code, e.g. CW-INVEST (comprehensive) or DW-LYJ (林业 department window).',
  })
  @PrimaryKey({ type: 'string', length: 40 })
  code: string;

  @Field(() => String, { description: 'Window name in Chinese, e.g. 投资项目审批综合受理窗口.' })
  @Property({ type: 'string', length: 100 })
  name: string;

  @Field(() => WindowKind, { description: 'Comprehensive or department window.' })
  @Enum({ items: () => WindowKind, type: 'string' })
  kind: WindowKind;

  @ManyToOne(() => HallZone, { ref: true })
  zone: Ref<HallZone>;

  /** Null for comprehensive windows: the government-service bureau runs them for every department. */
  @ManyToOne(() => Department, { ref: true, nullable: true })
  department?: Ref<Department> | null;
}
