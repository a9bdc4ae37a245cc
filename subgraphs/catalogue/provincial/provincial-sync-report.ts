import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ProvincialPushResult {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}

registerEnumType(ProvincialPushResult, {
  name: 'ProvincialPushResult',
  description: 'What the provincial platform did with a pushed item version.',
  valuesConfig: {
    CREATED: { description: 'A version it did not have (新增).' },
    UPDATED: { description: 'A version it had, with changed content, e.g. retired since (更新).' },
    UNCHANGED: { description: 'A version it already had as pushed (无变化).' },
  },
});

@ObjectType({ description: 'One item version pushed to the provincial platform, and its answer.' })
export class ProvincialItemPush {
  @Field(() => String, { description: 'Item code.' })
  code!: string;

  @Field(() => Int, { description: 'Item version.' })
  version!: number;

  @Field(() => ProvincialPushResult, { description: 'What the platform did with it.' })
  result!: ProvincialPushResult;
}

@ObjectType({ description: 'What one run of the catalogue sync to the provincial platform did.' })
export class ProvincialSyncReport {
  @Field(() => Int, { description: 'Item versions in the catalogue.' })
  checked!: number;

  @Field(() => [ProvincialItemPush], {
    description: 'The versions sent this run (new, or changed since last acknowledged), in code and version order.',
  })
  pushed!: ProvincialItemPush[];
}
