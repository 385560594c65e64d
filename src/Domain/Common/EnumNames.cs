using System.Text;

namespace Orders.Domain.Common;

public static class EnumNames
{
    /// <summary>The API's name of an enum value, lower snake case: <c>InPreparation</c> is <c>in_preparation</c>.</summary>
    public static string ToSnakeCase<T>(this T value) where T : struct, Enum
    {
        var name = value.ToString();
        var snake = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) snake.Append('_');
            snake.Append(char.ToLowerInvariant(name[i]));
        }

        return snake.ToString();
    }
}
