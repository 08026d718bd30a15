using LangGap.Bench;

if (args.Length == 0 || !BenchCatalog.All.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: dotnet run --project bench/LangGap.Bench -c Release -- <{string.Join('|', BenchCatalog.All.Keys)}> [options]");
    return 2;
}
return await run(args[1..]);
