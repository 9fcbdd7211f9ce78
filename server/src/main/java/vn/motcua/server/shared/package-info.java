/** What every feature may use: the problem+json error mapping, the clock, the input check, the failure throttle. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.motcua.server.shared;
