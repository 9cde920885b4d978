using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// Validates an SDL document on its own, as graphql-js's <c>buildSchema</c> does before building
/// (<c>validateSDL</c> without a base schema): <see cref="SpecifiedSdlRules"/> in one walk, every error
/// reported (no error limit), with suggestions. The rules see only the built-in directives and types
/// besides what the document defines.
/// </summary>
public static class SdlValidator
{
    private static readonly ValidationOptions s_options = new() { MaxErrors = 0, IncludeSuggestions = true };

    // A schema with nothing but the built-in directives (and the types their arguments and introspection
    // need), standing in for graphql-js's "no schema": the shared rules then know the specified directives.
    private static readonly Schema s_builtInsOnly = new(query: null);

    /// <summary>The SDL errors of <paramref name="document"/>, in graphql-js's order.</summary>
    public static IReadOnlyList<GraphQLError> Validate(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return DocumentValidator.Validate(s_builtInsOnly, document, SpecifiedSdlRules.All, s_options);
    }
}
