using System.CommandLine;
using System.Globalization;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;
using Stakeholders.Network.Neo4j;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// <c>stakeholders neo4j push|pull</c>: keep networks in Neo4j through the HTTP adapter. The password comes from
/// <c>NEO4J_PASSWORD</c> or a prompt on the terminal, never from the command line.
/// </summary>
internal static class Neo4jCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "neo4j",
            "Push a network to Neo4j or pull one back (HTTP transactional endpoint or Query API v2).\n"
            + "The password is read from NEO4J_PASSWORD, or asked for on the terminal; it is never taken from the command line.");
        command.Subcommands.Add(Push(context));
        command.Subcommands.Add(Pull(context));
        return command;
    }

    private sealed class ConnectionOptions
    {
        public Option<string?> Uri { get; } = new("--uri") { Description = "The server, e.g. http://localhost:7474 (default: NEO4J_URI)." };

        public Option<string?> User { get; } = new("--user") { Description = "The user name (default: NEO4J_USER; none when auth is off)." };

        public Option<string?> Database { get; } = new("--database") { Description = "The database (default: NEO4J_DATABASE or neo4j)." };

        public Option<string> Api { get; } = new("--api") { Description = "auto, transactional or queryv2.", DefaultValueFactory = _ => "auto" };

        public void AddTo(Command command)
        {
            command.Options.Add(Uri);
            command.Options.Add(User);
            command.Options.Add(Database);
            command.Options.Add(Api);
        }

        public Neo4jOptions Read(ParseResult parse, CliContext context)
        {
            var uriText = parse.GetValue(Uri) ?? Environment.GetEnvironmentVariable("NEO4J_URI");
            if (string.IsNullOrWhiteSpace(uriText) || !System.Uri.TryCreate(uriText, UriKind.Absolute, out var uri))
            {
                throw new CliUsageException("give the server with --uri http://host:7474 or NEO4J_URI");
            }

            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                throw new CliUsageException("--uri must not carry credentials; use --user and NEO4J_PASSWORD");
            }

            var user = parse.GetValue(User) ?? Environment.GetEnvironmentVariable("NEO4J_USER");
            string? password = null;
            if (!string.IsNullOrEmpty(user))
            {
                password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? Prompt(context, user);
            }

            var api = parse.GetValue(Api) switch
            {
                "auto" => Neo4jApi.Auto,
                "transactional" => Neo4jApi.Transactional,
                "queryv2" => Neo4jApi.QueryV2,
                var other => throw new CliUsageException($"--api must be auto, transactional or queryv2, not '{other}'"),
            };
            var options = new Neo4jOptions
            {
                Uri = uri,
                User = string.IsNullOrEmpty(user) ? null : user,
                Password = password,
                Database = parse.GetValue(Database) ?? Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
                Api = api,
            };
            Usage(options.Validate, ConnectionOptionNames);
            return options;
        }

        private static string Prompt(CliContext context, string user)
        {
            if (Console.IsInputRedirected)
            {
                throw new CliUsageException($"set NEO4J_PASSWORD for user '{user}' (no terminal to ask on)");
            }

            context.Error.Write($"Neo4j password for {user}: ");
            var password = new System.Text.StringBuilder();
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                if (key.Key == ConsoleKey.Enter)
                {
                    break;
                }

                if (key.Key == ConsoleKey.Backspace && password.Length > 0)
                {
                    password.Length--;
                }
                else if (!char.IsControl(key.KeyChar))
                {
                    password.Append(key.KeyChar);
                }
            }

            context.Error.WriteLine();
            return password.ToString();
        }
    }

    private static Command Push(CliContext context)
    {
        var input = InputOptions.InputArgument();
        var format = InputOptions.FormatOption();
        var connection = new ConnectionOptions();
        var batched = new Option<bool>("--batched") { Description = "Commit batch by batch (resumable) instead of one all-or-nothing transaction." };
        var batchSize = new Option<int?>("--batch-size") { Description = "Rows per UNWIND batch (default 1000)." };
        var resume = new Option<string?>("--resume") { Description = "Resume an interrupted batched push from the token it printed." };
        var command = new Command(
            "push",
            "Push a network: constraints, then stakeholders, then ties, merged on their stable ids (pushing twice changes nothing).\n"
            + "All or nothing by default; --batched commits each batch and prints a resume token if it stops.\n\n"
            + "Example:\n  NEO4J_PASSWORD=... stakeholders neo4j push seeds/shijingshan-forum-2023.json --uri http://localhost:7474 --user neo4j")
        {
            input, format, batched, batchSize, resume,
        };
        connection.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () => Neo4jErrors(context, () =>
        {
            var options = connection.Read(parse, context);
            PushResumeToken? token = null;
            if (parse.GetValue(resume) is { } text && !PushResumeToken.TryParse(text, out token))
            {
                throw new CliUsageException($"--resume: '{text}' is not a resume token");
            }

            var pushOptions = new PushOptions
            {
                Mode = parse.GetValue(batched) || token is not null ? PushMode.Batched : PushMode.Atomic,
                BatchSize = parse.GetValue(batchSize),
                ResumeFrom = token,
            };
            Usage(pushOptions.Validate, new Dictionary<string, string> { ["BatchSize"] = "--batch-size", ["ResumeFrom"] = "--resume" });
            var path = parse.GetValue(input)!;
            InputOptions.ParseFormat(path, parse.GetValue(format), "--format");
            context.Reader.Read(parse);
            // Every option is checked (the reader's limits too); connecting (the discovery and version requests, and the HTTP stack's start-up) now
            // runs on another thread while the input is read. A file that cannot be read is reported as before, and the
            // connection, whatever became of it, is dropped.
            var connecting = Task.Run(() => Neo4jNetworkStore.ConnectAsync(options));
            StakeholderNetwork network;
            try
            {
                network = InputOptions.Read(parse, path, parse.GetValue(format));
            }
            catch
            {
                Abandon(connecting);
                throw;
            }

            // Reported inline, not through Progress<T>, whose callbacks run later on the thread pool and could write after
            // the command has returned.
            var progress = parse.GetValue(batched) ? new InlineProgress<PushProgress>(p =>
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Phase}: {p.CompletedItems}/{p.TotalItems}"))) : null;
            var result = Run(async () =>
            {
                await using var store = await connecting;
                return await store.PushAsync(network, pushOptions, progress);
            });
            context.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"pushed {result.Stakeholders} stakeholders and {result.Ties} ties to {options.DisplayUri} ({result.Counters.NodesCreated} nodes and {result.Counters.RelationshipsCreated} relationships created, {result.Elapsed.TotalSeconds:0.0} s)"));
            return StakeholdersCli.Success;
        })));
        return command;
    }

    private static Command Pull(CliContext context)
    {
        var connection = new ConnectionOptions();
        var output = new Option<string>("--out", "-o") { Description = "The file to write (any writable format, by extension).", Required = true };
        var kinds = new Option<string?>("--kinds") { Description = "Only these stakeholder kinds (comma-separated)." };
        var tieTypes = new Option<string?>("--tie-types") { Description = "Only these tie types (comma-separated)." };
        var since = new Option<string?>("--since") { Description = "Only ties valid at some point on or after this date (YYYY-MM-DD)." };
        var until = new Option<string?>("--until") { Description = "Only ties valid at some point on or before this date (YYYY-MM-DD)." };
        var command = new Command(
            "pull",
            "Pull a network back from Neo4j, page by page, optionally filtered, and write it to a file.\n\n"
            + "Example:\n  stakeholders neo4j pull --uri http://localhost:7474 --out network.json --kinds person,organization")
        {
            output, kinds, tieTypes, since, until,
        };
        connection.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () => Neo4jErrors(context, () =>
        {
            var target = parse.GetValue(output)!;
            var targetFormat = InputOptions.ParseFormat(target, null, "--out");
            OutputGuard.Check(target, targetFormat, "--out");
            var options = connection.Read(parse, context);
            var filter = new PullFilter
            {
                Kinds = Split(parse.GetValue(kinds), "--kinds")?.Select(k => ModelNames.TryParseKind(k, out var kind) ? kind : throw new CliUsageException($"--kinds: unknown kind '{k}'")).ToArray(),
                TieTypes = Split(parse.GetValue(tieTypes), "--tie-types"),
                From = Day(parse.GetValue(since), "--since", earliest: true),
                To = Day(parse.GetValue(until), "--until", earliest: false),
            };
            Usage(filter.Validate, new Dictionary<string, string> { ["To"] = "--until", ["Kinds"] = "--kinds", ["TieTypes"] = "--tie-types" });
            var network = Run(async () =>
            {
                await using var store = await Neo4jNetworkStore.ConnectAsync(options);
                return await store.PullAsync(filter);
            });
            NetworkFile.Write(network, target, targetFormat);
            context.Output.WriteLine($"pulled {network.Stakeholders.Count} stakeholders and {network.Ties.Count} ties from {options.DisplayUri} into {target}");
            return StakeholdersCli.Success;
        })));
        return command;
    }

    private static readonly Dictionary<string, string> ConnectionOptionNames = new(StringComparer.Ordinal)
    {
        ["Uri"] = "--uri",
        ["User"] = "--user",
        ["Database"] = "--database",
        ["Api"] = "--api",
    };

    /// <summary>
    /// Runs a library options check before anything is read or sent: what it refuses is a usage error (exit code 2), its
    /// message led by the command-line option that set the member.
    /// </summary>
    private static void Usage(Action validate, IReadOnlyDictionary<string, string> options)
    {
        try
        {
            validate();
        }
        catch (ArgumentException e)
        {
            var message = e.Message;
            var at = e.ParamName is null ? -1 : message.IndexOf($" (Parameter '{e.ParamName}')", StringComparison.Ordinal);
            message = at >= 0 ? message[..at] : message;
            var option = e.ParamName is not null && options.TryGetValue(e.ParamName, out var name) ? name + ": " : string.Empty;
            throw new CliUsageException(option + CommandRunner.OneLine(message), e);
        }
    }

    private static T Run<T>(Func<Task<T>> body) => body().GetAwaiter().GetResult();

    /// <summary>Lets a connection that is no longer wanted finish or fail on its own, then closes it; its outcome is not reported.</summary>
    private static void Abandon(Task<Neo4jNetworkStore> connecting) =>
        _ = connecting.ContinueWith(
            static t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    _ = t.Result.DisposeAsync().AsTask();
                }
                else
                {
                    _ = t.Exception;
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    private static int Neo4jErrors(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Neo4jPushInterruptedException e)
        {
            context.Error.WriteLine($"stakeholders: {e.Message.ReplaceLineEndings(" ")}");
            context.Error.WriteLine($"stakeholders: resume with --resume {e.ResumeToken}");
            return StakeholdersCli.BadInput;
        }
        catch (Neo4jException e)
        {
            context.Error.WriteLine($"stakeholders: neo4j: {e.Message.ReplaceLineEndings(" ")}");
            return StakeholdersCli.BadInput;
        }
    }

    private static string[]? Split(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length > 0 ? names : throw new CliUsageException($"{option}: give one or more comma-separated names, not '{text}'");
    }

    private static DateOnly? Day(string? text, string option, bool earliest)
    {
        if (text is null)
        {
            return null;
        }

        if (!PartialDate.TryParse(text, out var date, out var reason))
        {
            throw new CliUsageException($"{option}: {reason}");
        }

        return earliest ? date.Earliest : date.Latest;
    }
}

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread, before the reporting call returns.</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock _gate = new();

    public void Report(T value)
    {
        lock (_gate)
        {
            report(value);
        }
    }
}
