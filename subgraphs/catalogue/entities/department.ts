import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, Ref } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { DepartmentKind } from '../enums';
import { AdministrativeDivision } from './administrative-division';

@Directive('@key(fields: "code")')
@ObjectType({ description: 'A department (or town/community office) that offers and decides service items.' })
@Entity({ tableName: 'department' })
export class Department {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, {
    description:
      'Department code: the division code, a dash and a short pinyin-initial mnemonic, e.g. 532503-LYJ (林业局).',
  })
  @PrimaryKey({ type: 'string', length: 40 })
  code: string;

  @Field(() => String, { description: 'Full name in Chinese, e.g. 蒙自市林业局.' })
  @Property({ type: 'string', length: 100 })
  name: string;

  @Field(() => String, { description: 'Short name as the 2017 pilot plan writes it in the hall layout, e.g. 林业.' })
  @Property({ type: 'string', length: 40 })
  shortName: string;

  @Field(() => DepartmentKind, { description: 'What kind of body the department is.' })
  @Enum({ items: () => DepartmentKind, type: 'string' })
  kind: DepartmentKind;

  @ManyToOne(() => AdministrativeDivision, { ref: true })
  division: Ref<AdministrativeDivision>;
}
