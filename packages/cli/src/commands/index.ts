/** The literal registry of CLI commands; one thin file per command over the core. */
import type { Command } from '../cli';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { importCommand } from './import';
import { linkCommand } from './link';
import { trafficCommand } from './traffic';
import { unlinkCommand } from './unlink';
import { validateCommand } from './validate';

export const commands: readonly Command[] = [validateCommand, exportCommand, importCommand, linkCommand, unlinkCommand, diffCommand, trafficCommand];
