package vn.motcua.kiosk.testing;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** The page a test UI opens on; each test then attaches the screen it checks, built with its fakes. */
@Route("")
public class BlankView extends Div {}
