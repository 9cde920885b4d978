using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>Why a write was refused; mirrors the contract's <c>UserErrorCode</c>.</summary>
public enum WriteErrorCode
{
    /// <summary>A value is malformed or out of range.</summary>
    Invalid,

    /// <summary>The item to update or delete does not exist.</summary>
    NotFound,

    /// <summary>A reference (relation end, source, industry) names nothing.</summary>
    ReferenceMissing,

    /// <summary>A fact has no evidence.</summary>
    EvidenceRequired,

    /// <summary>The relation type may not join entities of these kinds.</summary>
    NotAllowedBetweenKinds,

    /// <summary>The write contradicts the graph (duplicate, disagreeing facts, still referenced).</summary>
    Conflict,
}

/// <summary>One reason a write was refused.</summary>
/// <param name="Code">The rule broken.</param>
/// <param name="SubjectId">ID of the item at fault.</param>
/// <param name="Field">Path of the offending field, e.g. <c>evidence[0].source</c>, or empty.</param>
/// <param name="Message">What is wrong, for a curator.</param>
public sealed record WriteError(WriteErrorCode Code, string SubjectId, string Field, string Message)
{
    /// <summary>The write error for a model validation error.</summary>
    public static WriteError From(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        WriteErrorCode code = error.Code switch
        {
            ValidationErrorCode.DanglingReference or ValidationErrorCode.UnknownSource => WriteErrorCode.ReferenceMissing,
            ValidationErrorCode.MissingEvidence => WriteErrorCode.EvidenceRequired,
            ValidationErrorCode.NotAllowedBetweenKinds => WriteErrorCode.NotAllowedBetweenKinds,
            ValidationErrorCode.Conflict => WriteErrorCode.Conflict,
            _ => WriteErrorCode.Invalid,
        };
        return new WriteError(code, error.SubjectId, error.Field, error.Message);
    }
}
