using Microsoft.Extensions.Options;

namespace ClusterGraph.Redis;

/// <summary>Lets <c>ValidateOnStart</c> reject bad Redis settings when the host starts.</summary>
public sealed class RedisOptionsValidator : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        IReadOnlyList<string> errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
