// The single definition of gSOAP's global XML namespace table (`namespaces`), shared by the client and
// the server skeletons. Every generated .nsmap file holds the same table; include exactly one, once.
#include "DeviceBinding.nsmap"
