/** What every feature may use: the problem+json error mapping, the clock. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.motcua.server.shared;
