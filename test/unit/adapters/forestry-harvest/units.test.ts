import { cubicMetresToLitres, hectaresToSquareMetres } from '../../../../adapters/forestry-harvest';
import { LegacyFormatError } from '../../../../adapters/kit';

describe('forestry units: exact integers, never floats', () => {
  it.each([
    ['45.600', 45600],
    ['0.001', 1],
    ['12.25', 12250],
    ['80', 80000],
    ['0.1', 100],
  ])('%s m³ is %i dm³', (cubicMetres, litres) => {
    expect(cubicMetresToLitres(cubicMetres)).toBe(litres);
  });

  it('sums without the float drift 0.1 + 0.2 would show', () => {
    expect(cubicMetresToLitres('0.100') + cubicMetresToLitres('0.200')).toBe(cubicMetresToLitres('0.300'));
  });

  it.each([
    ['2.4000', 24000],
    ['0.35', 3500],
    ['5', 50000],
  ])('%s ha is %i m²', (hectares, squareMetres) => {
    expect(hectaresToSquareMetres(hectares)).toBe(squareMetres);
  });

  it.each(['1.2345', '-1.000', '1e3', '', '12,5'])('refuses %j as a volume', (value) => {
    expect(() => cubicMetresToLitres(value)).toThrow(LegacyFormatError);
  });
});
