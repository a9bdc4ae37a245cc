import { TransportPermit } from '../../../../adapters/forestry-transport';
import { volumeLedger } from '../../../../subgraphs/forestry/volume-ledger';

const transport = (
  permitNumber: string,
  volume: number,
  issueDate: string,
  status: TransportPermit['status'] = 'USED',
): TransportPermit => ({
  permitNumber,
  harvestPermitNumber: 'CF2019-0003',
  ownerId: '91532503MA6K123404',
  ownerName: '蒙自林丰木业有限公司',
  species: 'EUCALYPTUS',
  volume,
  origin: 'a',
  destination: 'b',
  issueDate,
  validUntil: issueDate,
  status,
});

describe('the volume ledger of a harvest permit', () => {
  it('subtracts what was transported from what was approved', () => {
    expect(
      volumeLedger(45600, [
        transport('YS2019-0001', 20000, '2019-04-02'),
        transport('YS2019-0002', 18500, '2019-05-10'),
      ]),
    ).toEqual({
      transported: 38500,
      remaining: 7100,
      overTransported: false,
      overdrawing: new Set(),
    });
  });

  it('is untouched by a permit without transports', () => {
    expect(volumeLedger(30000, [])).toEqual({
      transported: 0,
      remaining: 30000,
      overTransported: false,
      overdrawing: new Set(),
    });
  });

  it('never goes below zero, flags the permit, and flags the transport that took more than was left (and any after it)', () => {
    const ledger = volumeLedger(80000, [
      transport('YS2019-0006', 1000, '2019-05-01'),
      transport('YS2019-0005', 35500, '2019-04-18'),
      transport('YS2019-0004', 50000, '2019-02-20'),
    ]);
    expect(ledger).toEqual({
      transported: 86500,
      remaining: 0,
      overTransported: true,
      overdrawing: new Set(['YS2019-0005', 'YS2019-0006']),
    });
  });

  it('takes exactly the approved volume without flagging it', () => {
    expect(volumeLedger(1000, [transport('A', 400, '2019-01-01'), transport('B', 600, '2019-01-02')])).toEqual({
      transported: 1000,
      remaining: 0,
      overTransported: false,
      overdrawing: new Set(),
    });
  });

  it('does not count a void transport: it carried nothing', () => {
    expect(volumeLedger(1000, [transport('A', 900, '2019-01-01', 'VOID'), transport('B', 600, '2019-01-02')])).toEqual({
      transported: 600,
      remaining: 400,
      overTransported: false,
      overdrawing: new Set(),
    });
  });
});
