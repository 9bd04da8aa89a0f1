/**
 * The one list of CLI commands, in the order `--help` shows them. A command is one file in this
 * folder exporting `defineCommand({ name, summary, usage, options, positionals, run })`; adding
 * one = that file + its import and its entry here. Command files load nothing heavy at import
 * time: `run` imports what it needs (see `../lib/`), so `--help` stays instant.
 */
import type { Command } from '../cli';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { importCommand } from './import';
import { linkCommand } from './link';
import { trafficCommand } from './traffic';
import { unlinkCommand } from './unlink';
import { validateCommand } from './validate';

export const commands: readonly Command[] = [validateCommand, exportCommand, importCommand, linkCommand, unlinkCommand, diffCommand, trafficCommand];
