// The `cjm` program: parses arguments with commander, loads the one command module it
// needs on demand, and turns every outcome into an exit code. cjm-process.ts runs it as the
// process; tests run it in process.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CliError, type CommandContext, type CommandDefinition, type CommandModule, type ExitCode } from './command.js';
import { visibleText } from '@cjm/language/visible-text';
import { TOOL } from './tool.js';

/** Every command, loaded only when used. */
const COMMANDS = {
    lint: () => import('./commands/lint.js'),
    render: () => import('./commands/render.js'),
    export: () => import('./commands/export.js'),
    init: () => import('./commands/init.js'),
    fmt: () => import('./commands/fmt.js'),
    diff: () => import('./commands/diff.js'),
    lsp: () => import('./commands/lsp.js'),
    site: () => import('./commands/site.js')
} satisfies Record<string, () => Promise<CommandModule<never>>>;

type CommandName = keyof typeof COMMANDS;

export async function runCjm(argv: readonly string[], given: CommandContext): Promise<ExitCode> {
    // Every message on stderr may quote a map or a file name: none may drive the terminal.
    const context: CommandContext = { ...given, stderr: { write: text => given.stderr.write(typeof text === 'string' ? visibleText(text) : text) } };
    let exitCode: ExitCode = 0;
    const program = new Command('cjm')
        .description('Lint and render customer journey maps kept as text (.cjm).')
        .version(TOOL.version, '-v, --version', 'print the version')
        .helpOption('-h, --help', 'print help')
        .helpCommand('help [command]', 'print help for a command')
        .option('--debug', 'print stack traces of errors')
        .configureHelp({ showGlobalOptions: true })
        .exitOverride()
        .configureOutput({
            writeOut: text => context.stdout.write(text),
            writeErr: text => context.stderr.write(text),
            outputError: (text, write) => write(text.replace(/^error: /, 'cjm: '))
        });

    // `cjm lint ...` loads lint only, `cjm --version` none (some commands load Langium with
    // their definition); help and unknown commands need every definition.
    const first = argv[0];
    const names = first !== undefined && Object.hasOwn(COMMANDS, first) ? [first as CommandName]
        : first === '--version' || first === '-v' ? []
        : Object.keys(COMMANDS) as CommandName[];
    for (const name of names) {
        const module: CommandModule<never> = await COMMANDS[name]();
        addCommand(program, module.definition).action(async (...args: unknown[]) => {
            const command = args[args.length - 1] as Command;
            // Commander built these options from the definition the module gave it.
            exitCode = await module.run(command.args, command.opts() as never, context);
        });
    }

    try {
        await program.parseAsync([...argv], { from: 'user' });
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Commander has printed its message or the help; a usage error is exit code 2.
            return error.exitCode === 0 ? 0 : 2;
        }
        reportError(error, program.opts().debug === true, context);
        return 2;
    }
}

function addCommand(program: Command, definition: CommandDefinition): Command {
    const command = program.command(definition.name).summary(definition.summary).description(definition.description);
    for (const argument of definition.arguments) {
        command.argument(argument.syntax, argument.description);
    }
    for (const spec of definition.options) {
        const option = new Option(spec.flags, spec.description);
        if (spec.choices) {
            option.choices(spec.choices);
        }
        if (spec.defaultValue !== undefined) {
            option.default(spec.defaultValue);
        }
        const parse = spec.parse;
        if (parse) {
            option.argParser(value => {
                try {
                    return parse(value);
                } catch (error) {
                    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
                }
            });
        }
        command.addOption(option);
    }
    return command;
}

/** One line naming the cause; the stack only with --debug. */
function reportError(error: unknown, debug: boolean, context: CommandContext): void {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof CliError) {
        context.stderr.write(`cjm: ${message}\n`);
    } else {
        context.stderr.write(`cjm: internal error: ${message}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
    }
    if (debug) {
        const cause = error instanceof CliError && error.cause instanceof Error ? error.cause : error;
        context.stderr.write(`${cause instanceof Error ? cause.stack : String(cause)}\n`);
    }
}
