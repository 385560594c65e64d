using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Orders.Infrastructure;

/// <summary>Binds a configuration section with the Options pattern and checks it when the host starts, so a bad value
/// stops the start with a message naming its key instead of failing requests later.</summary>
public static class ValidatedOptions
{
    public static void Add<T>(IServiceCollection services, IConfiguration configuration, string section, Func<T, IEnumerable<string>> problems)
        where T : class
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new Validator<T>(problems));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
    }

    private sealed class Validator<T>(Func<T, IEnumerable<string>> problems) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var found = problems(options).ToList();
            return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
        }
    }
}
