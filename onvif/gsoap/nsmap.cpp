// The single definition of gSOAP's global XML namespace table (`namespaces`), shared by the client and
// the server skeletons. Every generated .nsmap file holds the same table; include exactly one, once.
//
// stdsoap2 is a shared library that calls back into the generated serializers (soap_putheader,
// soap_faultcode...), so whenever this file is linked (the linker is told to pull it, see CMakeLists.txt)
// soapC.cpp must come with it: the reference below makes sure.
#include "soapH.h"
#include "DeviceBinding.nsmap"

extern "C++" int (*const camtrack_onvif_gsoap_serializers)(struct soap*) = &soap_putheader;
