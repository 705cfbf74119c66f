/**
 * Importer of the MINEDUC AMIE school registry into an education inventory, with an editable school-to-typology
 * mapping.
 */
package io.github.desconcentra.standards.amie;
