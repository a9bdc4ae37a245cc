import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { assertResidentId } from '../../lib/identity';
import { QueueContext } from './context';
import { requireTerminal } from './terminal/terminals';
import { Person } from './types/person';
import { ServiceItem } from './types/service-item';
import { TerminalSession } from './types/terminal-session';

/**
 * The self-service terminal's entry point: everything under `terminal` needs the device's token, so
 * a resident's cases are reached from a registered device or not at all (through this path).
 */
@Resolver(() => TerminalSession)
export class TerminalResolver {
  @Query(() => TerminalSession, {
    description:
      'The terminal sending the request (its TERMINAL token); UNAUTHENTICATED for anyone but a registered device.',
  })
  terminal(@Ctx() { terminal }: QueueContext): TerminalSession {
    const { id, name, zoneCode } = requireTerminal(terminal);
    return { id, name, zone: { code: zoneCode } };
  }

  @FieldResolver(() => Person, {
    description: 'The resident who entered or swiped their ID (checksum validated): their cases and records.',
  })
  resident(
    @Root() _session: TerminalSession,
    @Arg('idNumber', () => String, { description: 'The 18-character resident ID number.' }) idNumber: string,
  ): Person {
    return { idNumber: assertResidentId(idNumber, 'idNumber') };
  }

  @FieldResolver(() => ServiceItem, {
    description: 'An item in its current version, for its printable service guide (serviceGuide).',
  })
  serviceItem(
    @Root() _session: TerminalSession,
    @Arg('code', () => String, { description: 'Item code, e.g. XK00001000-532503.' }) code: string,
  ): ServiceItem {
    return { code };
  }
}
