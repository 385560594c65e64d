using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Orders.Benchmarks -- --filter '*'</c>.</summary>
public partial class Program;
