import { badUserInput } from '../../../lib/errors';
import { HallDirectory, HallZoneLayout } from './hall-directory';

/** The zone with this code, or a BAD_USER_INPUT naming `field`. */
export async function requireZone(hall: HallDirectory, code: string, field: string): Promise<HallZoneLayout> {
  const zone = (await hall.zones()).find((candidate) => candidate.code === code);
  if (!zone) throw badUserInput(field, `There is no hall zone ${code}`);
  return zone;
}

/** The zone a window is in, or a BAD_USER_INPUT naming `field`. */
export async function zoneOfWindow(hall: HallDirectory, windowCode: string, field: string): Promise<HallZoneLayout> {
  const zone = (await hall.zones()).find((candidate) => candidate.windowCodes.includes(windowCode));
  if (!zone) throw badUserInput(field, `There is no window ${windowCode}`);
  return zone;
}
