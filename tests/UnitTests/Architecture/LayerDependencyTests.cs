using System.Reflection;
using System.Text.Json.Nodes;
using Orders.Application.Orders.PlaceOrder;
using Orders.Domain.Orders;
using Orders.Infrastructure.Identity;

namespace Orders.UnitTests.Architecture;

public class LayerDependencyTests
{
    private static readonly Assembly DomainAssembly = typeof(Order).Assembly;
    private static readonly Assembly ApplicationAssembly = typeof(PlaceOrderHandler).Assembly;
    private static readonly Assembly InfrastructureAssembly = typeof(Cuid2Generator).Assembly;
    private static readonly Assembly WorkerAssembly = typeof(Orders.Worker.WorkerCommands).Assembly;

    [Fact]
    public void Assemblies_AreTheOnesUnderTest()
    {
        (DomainAssembly.GetName().Name, ApplicationAssembly.GetName().Name, InfrastructureAssembly.GetName().Name)
            .ShouldBe(("Orders.Domain", "Orders.Application", "Orders.Infrastructure"));
    }

    [Fact]
    public void Domain_ReferencesArdalisResultAndNothingElseBeyondTheBaseLibrary()
    {
        ReferencesOf(DomainAssembly).Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name is not ("netstandard" or "mscorlib"))
            .ShouldBe(["Ardalis.Result"]);
    }

    [Fact]
    public void Application_ReferencesDomain()
    {
        ReferencesOf(ApplicationAssembly).ShouldContain("Orders.Domain");
    }

    [Fact]
    public void Application_ReferencesNeitherOuterLayersNorEfCoreNorAspNetCore()
    {
        ReferencesOf(ApplicationAssembly).Where(name =>
                name is "Orders.Infrastructure" or "Orders.WebApi"
                || name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Infrastructure_ReferencesNeitherWebApiNorAspNetCore()
    {
        ReferencesOf(InfrastructureAssembly).Where(name =>
                name == "Orders.WebApi" || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Worker_ReferencesApplicationAndInfrastructureButNeitherWebApiNorAspNetCore()
    {
        var references = ReferencesOf(WorkerAssembly);

        WorkerAssembly.GetName().Name.ShouldBe("Orders.Worker");
        references.ShouldContain("Orders.Application");
        references.ShouldContain("Orders.Infrastructure");
        references.Where(name => name == "Orders.WebApi" || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    /// <summary>What the worker runs on, packages included: only the base framework, no ASP.NET shared framework (a
    /// package such as Serilog.AspNetCore would bring it in) and no library of the web host.</summary>
    [Fact]
    public void Worker_RunsWithoutTheAspNetCoreFrameworkOrAnyWebLibrary()
    {
        var directory = Path.GetDirectoryName(WorkerAssembly.Location)!;
        var runtime = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "Orders.Worker.runtimeconfig.json")))!["runtimeOptions"]!;
        var frameworks = runtime["frameworks"]?.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList()
            ?? [runtime["framework"]!["name"]!.GetValue<string>()];
        frameworks.ShouldBe(["Microsoft.NETCore.App"]);

        var libraries = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "Orders.Worker.deps.json")))!["libraries"]!.AsObject()
            .Select(l => l.Key.Split('/')[0]).ToList();
        libraries.ShouldContain("Orders.Infrastructure");
        libraries.Where(name => name == "Orders.WebApi" || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                || name.StartsWith("Serilog.AspNetCore", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    private static string[] ReferencesOf(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name ?? "")];
}
