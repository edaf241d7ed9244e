namespace Xdt.Admin.Data;

public enum WriteStatus
{
    Written,
    NotFound,
    Duplicate,
}
