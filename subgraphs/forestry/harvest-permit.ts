import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../lib/scalars';
import { HarvestMethod, HarvestPermitStatus, TreeSpecies } from './enums';

@Directive('@key(fields: "permitNumber")')
@ObjectType({ description: '林木采伐许可证: a permit to harvest trees, from the harvest-permit system.' })
export class HarvestPermit {
  @Field(() => String, { description: '许可证号, e.g. CF2019-0001.' })
  permitNumber!: string;

  @Field(() => String, { description: 'Resident ID number or unified social credit code of the holder.' })
  holderId!: string;

  @Field(() => String, { description: 'Name of the holder, as the harvest-permit system records it.' })
  holderName!: string;

  @Field(() => String, {
    description: '采伐地点: where the trees stand (village, forest compartment and sub-compartment).',
  })
  location!: string;

  @Field(() => TreeSpecies, { description: '树种' })
  species!: keyof typeof TreeSpecies;

  @Field(() => HarvestMethod, { description: '采伐方式' })
  method!: keyof typeof HarvestMethod;

  @Field(() => Int, { description: '采伐面积 in square metres (the system writes hectares; 1 ha = 10000 m²).' })
  area!: number;

  @Field(() => Int, {
    description: '采伐蓄积: approved volume in cubic decimetres, exact (1 m³ = 1000 dm³; 45.600 m³ is 45600).',
  })
  approvedVolume!: number;

  @Field(() => DateScalar, { description: '批准日期: the day the permit was granted.' })
  approvalDate!: string;

  @Field(() => DateScalar, { description: '更新日期: restocking (更新造林) of the harvested land is due by this day.' })
  restockingDueDate!: string;

  @Field(() => HarvestPermitStatus, { description: '状态' })
  status!: keyof typeof HarvestPermitStatus;
}
