import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../lib/scalars';
import { TimberTransportPermitStatus, TreeSpecies } from './enums';

@ObjectType({
  description:
    '木材运输证: a permit to move harvested timber, drawn on a harvest permit (abolished for new cases on 2020-07-01).',
})
export class TimberTransportPermit {
  @Field(() => String, { description: '运输证号, e.g. YS2019-0001.' })
  permitNumber!: string;

  @Field(() => String, { description: '采伐许可证号 of the harvest permit whose volume this transport draws on.' })
  harvestPermitNumber!: string;

  @Field(() => String, { description: 'Resident ID number or credit code of the timber’s owner (货主).' })
  ownerId!: string;

  @Field(() => String, { description: 'Name of the timber’s owner.' })
  ownerName!: string;

  @Field(() => TreeSpecies, { description: '树种' })
  species!: keyof typeof TreeSpecies;

  @Field(() => Int, { description: '运输量: volume transported in cubic decimetres, exact (1 m³ = 1000 dm³).' })
  volume!: number;

  @Field(() => String, { description: '起运地' })
  origin!: string;

  @Field(() => String, { description: '目的地' })
  destination!: string;

  @Field(() => DateScalar, { description: '签发日期' })
  issueDate!: string;

  @Field(() => DateScalar, { description: '有效期至: the last day the timber may travel under this permit.' })
  validUntil!: string;

  @Field(() => TimberTransportPermitStatus, { description: '状态' })
  status!: keyof typeof TimberTransportPermitStatus;
}
