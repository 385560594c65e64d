using System.Reflection;
using Orders.Application.Orders.PlaceOrder;
using Orders.Domain.Orders;
using Orders.Infrastructure.Identity;

namespace Orders.UnitTests.Architecture;

public class LayerDependencyTests
{
    private static readonly Assembly DomainAssembly = typeof(Order).Assembly;
    private static readonly Assembly ApplicationAssembly = typeof(PlaceOrderHandler).Assembly;
    private static readonly Assembly InfrastructureAssembly = typeof(Cuid2Generator).Assembly;

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

    private static string[] ReferencesOf(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name ?? "")];
}
