using LangGap.Cli;

return await LangGapApp.RunAsync(args, CliConsole.System, CancellationToken.None);
